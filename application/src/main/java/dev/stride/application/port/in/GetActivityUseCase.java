package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;
import java.util.Optional;

public interface GetActivityUseCase {

    /** @throws ActivityNotFoundException when missing, soft-deleted or someone else's */
    Activity get(UserId owner, ActivityId id);

    /**
     * The same answer when this process can give it at once, from memory, without blocking (a cached entry whose
     * owner's version is known): so a request can be served on the thread that received it. Empty when it cannot;
     * then call {@link #get} on a thread that may block. Never staler than {@link #get}.
     */
    default Optional<Activity> atHand(UserId owner, ActivityId id) {
        return Optional.empty();
    }
}
