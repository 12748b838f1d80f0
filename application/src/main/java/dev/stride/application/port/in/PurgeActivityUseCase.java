package dev.stride.application.port.in;

import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.Actor;

public interface PurgeActivityUseCase {

    /**
     * Deletes any user's activity for good, with its tags, and records who did it.
     *
     * @throws dev.stride.domain.user.AdminRequiredException unless the actor is an admin
     * @throws ActivityNotFoundException when no such activity exists
     */
    void purge(Actor admin, ActivityId id);
}
