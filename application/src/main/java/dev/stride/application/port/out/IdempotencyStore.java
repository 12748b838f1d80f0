package dev.stride.application.port.out;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * The creates sent with an {@code Idempotency-Key}, one record per user and key, shared by every replica.
 *
 * <p>Claims ({@link #claim}, {@link #takeOver}, {@link #release}) are units of their own, committed before they
 * return, even when called inside a transaction: another replica must see a claim at once, and a claim must
 * survive the failure of the work it guards. {@link #finish} is the opposite: it joins the caller's transaction, so
 * the result is recorded exactly when the activity is.
 */
public interface IdempotencyStore {

    Optional<IdempotentCreate> find(UserId owner, IdempotencyKey key);

    /** Records a new claim; {@code false} when the owner already has a record for the key. */
    boolean claim(IdempotentCreate claim);

    /**
     * Replaces {@code current} (forgotten or abandoned) with {@code claim}; {@code false} when the record is no
     * longer {@code current} (another request took it over first, or it was removed).
     */
    boolean takeOver(IdempotentCreate current, IdempotentCreate claim);

    /**
     * Records the result of a claim in the caller's transaction; {@code false} when the claim is no longer held
     * (it was taken over after its lease ran out), in which case the caller must not commit its work.
     */
    boolean finish(IdempotentCreate claim, Activity result);

    /** Gives a claim up after its work failed, so that a retry needs not wait for the lease; no-op if not held. */
    void release(IdempotentCreate claim);

    /** Removes the records created before {@code cutoff}; how many. */
    int removeCreatedBefore(Instant cutoff);
}
