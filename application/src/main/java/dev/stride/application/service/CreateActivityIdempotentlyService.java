package dev.stride.application.service;

import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.CreateActivityIdempotentlyUseCase;
import dev.stride.application.port.in.CreatedActivity;
import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotencyKeyReusedException;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.idempotency.IdempotentRequestInFlightException;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates with an {@code Idempotency-Key} in two steps. First the key is claimed in a unit of its own, so every
 * replica sees at once that the request is being worked on (a second one gets 409 instead of waiting or creating a
 * duplicate). Then the activity is created and the claim finished in one transaction: either both are recorded or
 * neither. Work that fails gives the claim up, so the client's retry is done afresh; a claim whose replica died
 * mid-work is taken over when its lease runs out.
 */
public class CreateActivityIdempotentlyService implements CreateActivityIdempotentlyUseCase {

    /** Claims race only against requests with the same key and user: a few rounds settle any such race. */
    private static final int CLAIM_ROUNDS = 3;

    private final CreateActivityService creates;
    private final IdempotencyStore keys;
    private final TimeSource time;
    private final Duration claimLease;

    /**
     * @param claimLease how long a claim protects its work; longer than any request may run (the request deadline),
     *     or a slow first request could be taken over by its own retry.
     */
    public CreateActivityIdempotentlyService(CreateActivityService creates, IdempotencyStore keys, TimeSource time,
            Duration claimLease) {
        this.creates = creates;
        this.keys = keys;
        this.time = time;
        this.claimLease = Objects.requireNonNull(claimLease, "claimLease");
    }

    @Override
    public CreatedActivity create(UserId owner, ActivityInput input, IdempotencyKey key) {
        // Invalid input is refused before the key is touched: a corrected retry with the same key is then new.
        ActivityDetails details = input.toDetails(time.todayUtc());
        String fingerprint = input.fingerprint();
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            Optional<IdempotentCreate> known = keys.find(owner, key);
            IdempotentCreate claim = IdempotentCreate.claim(owner, key, fingerprint, time.now(), claimLease);
            if (known.isEmpty()) {
                if (keys.claim(claim)) {
                    return new CreatedActivity(createUnder(claim, details), false);
                }
                continue;
            }
            IdempotentCreate record = known.get();
            switch (record.judge(fingerprint, time.now())) {
                case REPLAY:
                    return new CreatedActivity(record.result().orElseThrow(), true);
                case REUSED_WITH_ANOTHER_BODY:
                    throw new IdempotencyKeyReusedException();
                case IN_FLIGHT:
                    throw new IdempotentRequestInFlightException();
                case CLAIMABLE:
                    if (keys.takeOver(record, claim)) {
                        return new CreatedActivity(createUnder(claim, details), false);
                    }
                    break;
                default:
                    throw new IllegalStateException("unknown verdict");
            }
        }
        // Every round lost a race to a request with this very key: that one is in flight.
        throw new IdempotentRequestInFlightException();
    }

    private Activity createUnder(IdempotentCreate claim, ActivityDetails details) {
        try {
            return creates.create(claim.owner(), details, created -> {
                if (!keys.finish(claim, created)) {
                    // Taken over after the lease ran out: the other request creates; this one must not.
                    throw new IdempotentRequestInFlightException();
                }
            });
        } catch (RuntimeException e) {
            try {
                keys.release(claim);
            } catch (RuntimeException releaseFailed) {
                // The lease runs out by itself; the first failure is the one to report.
                e.addSuppressed(releaseFailed);
            }
            throw e;
        }
    }
}
