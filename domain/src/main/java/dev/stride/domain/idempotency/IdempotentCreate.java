package dev.stride.domain.idempotency;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What the service remembers of a create sent with an {@link IdempotencyKey}: which request it was (the
 * fingerprint of its body), who is working on it ({@code claimToken} until {@code claimedUntil}), and once it
 * succeeded, the activity it created as it was first answered.
 *
 * <p>A claim that outlives {@code claimedUntil} without a result was abandoned (its replica died, or its work failed
 * and could not say so): the next request with the key may take it over. A record older than {@link #RETENTION} is
 * forgotten: the key may be used for a new request.
 */
public record IdempotentCreate(UserId owner, IdempotencyKey key, String fingerprint, UUID claimToken,
        Instant createdAt, Instant claimedUntil, Optional<Activity> result) {

    /** How long a key is remembered, as API.md promises. */
    public static final Duration RETENTION = Duration.ofHours(24);

    /** What a request with the same key gets. */
    public enum Verdict {
        /** The first request succeeded with this body: answer as it was answered. */
        REPLAY,
        /** The key was used for another body: refuse, nothing is created. */
        REUSED_WITH_ANOTHER_BODY,
        /** The first request is still being worked on: try again later. */
        IN_FLIGHT,
        /** Forgotten or abandoned: the request may claim the key and be done as new. */
        CLAIMABLE
    }

    public IdempotentCreate {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(claimToken, "claimToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        Objects.requireNonNull(result, "result");
    }

    /** A new claim on the key, held for {@code lease}. */
    public static IdempotentCreate claim(UserId owner, IdempotencyKey key, String fingerprint, Instant now,
            Duration lease) {
        return new IdempotentCreate(owner, key, fingerprint, UUID.randomUUID(), now, now.plus(lease),
                Optional.empty());
    }

    public Verdict judge(String requestFingerprint, Instant now) {
        if (!now.isBefore(createdAt.plus(RETENTION))) {
            return Verdict.CLAIMABLE;
        }
        if (!fingerprint.equals(requestFingerprint)) {
            return Verdict.REUSED_WITH_ANOTHER_BODY;
        }
        if (result.isPresent()) {
            return Verdict.REPLAY;
        }
        return now.isBefore(claimedUntil) ? Verdict.IN_FLIGHT : Verdict.CLAIMABLE;
    }

    /** The claim, done: it now answers with {@code created}. */
    public IdempotentCreate finish(Activity created) {
        return new IdempotentCreate(owner, key, fingerprint, claimToken, createdAt, claimedUntil,
                Optional.of(created));
    }

    public boolean isFinished() {
        return result.isPresent();
    }
}
