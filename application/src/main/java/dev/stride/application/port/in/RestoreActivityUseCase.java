package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

public interface RestoreActivityUseCase {

    /**
     * Takes an activity out of the trash.
     *
     * @throws ActivityNotFoundException when missing or someone else's
     * @throws dev.stride.domain.activity.ActivityNotDeletedException when it is not in the trash
     */
    Activity restore(UserId owner, ActivityId id);
}
