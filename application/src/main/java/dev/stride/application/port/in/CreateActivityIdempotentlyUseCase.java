package dev.stride.application.port.in;

import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.user.UserId;

/**
 * Logs an activity at most once per {@link IdempotencyKey}, so that a client may repeat a create whose answer it
 * lost. The same key with the same input within 24 hours replays the first outcome; with another input it throws
 * {@link dev.stride.domain.idempotency.IdempotencyKeyReusedException}; while the first is still being worked on,
 * {@link dev.stride.domain.idempotency.IdempotentRequestInFlightException}.
 */
public interface CreateActivityIdempotentlyUseCase {

    CreatedActivity create(UserId owner, ActivityInput input, IdempotencyKey key);
}
