package dev.stride.application.port.in;

import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

public interface DeleteActivityUseCase {

    /** Moves the activity to the trash. @throws ActivityNotFoundException when missing or already deleted */
    void delete(UserId owner, ActivityId id);
}
