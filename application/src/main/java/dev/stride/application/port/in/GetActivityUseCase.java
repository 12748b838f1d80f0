package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

public interface GetActivityUseCase {

    /** @throws ActivityNotFoundException when missing, soft-deleted or someone else's */
    Activity get(UserId owner, ActivityId id);
}
