package dev.stride.application.port.in;

import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;
import java.util.Objects;

/** Replaces every editable field of an activity, optionally only if the client has seen its current version. */
public record UpdateActivityCommand(UserId owner, ActivityId id, ActivityInput input, VersionPrecondition precondition) {

    public UpdateActivityCommand {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(precondition, "precondition");
    }
}
