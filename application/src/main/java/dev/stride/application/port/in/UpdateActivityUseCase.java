package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;

public interface UpdateActivityUseCase {

    /**
     * @throws ActivityNotFoundException when missing, soft-deleted or someone else's
     * @throws PreconditionFailedException when the client's version is not the current one
     */
    Activity update(UpdateActivityCommand command);
}
