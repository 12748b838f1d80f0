package dev.stride.application.port.in;

import dev.stride.domain.user.UserId;
import java.util.Objects;

/** The summary of one user's live activities. */
public record SummaryQuery(UserId owner) {

    public SummaryQuery {
        Objects.requireNonNull(owner, "owner");
    }
}
