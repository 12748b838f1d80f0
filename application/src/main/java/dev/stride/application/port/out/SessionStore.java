package dev.stride.application.port.out;

import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.Objects;

/**
 * Where logins keep their refresh tokens. A login opens a session: a chain of refresh tokens of which only the
 * newest, the current one, may be exchanged for the next. Only hashes of tokens are given to a store, and every
 * entry expires by itself: a token after its lifetime, a session with its newest token.
 *
 * <p>Every method may throw {@link SessionStoreUnavailableException} when the store cannot be reached in time.
 */
public interface SessionStore {

    /**
     * Starts a session whose current token is {@code tokenHash}. The user keeps at most {@code maxSessions}: beyond,
     * the one opened longest ago is revoked. Sessions that have expired do not count, and are forgotten here.
     */
    void open(String sessionId, UserId user, String tokenHash, Duration lifetime, int maxSessions);

    /**
     * In one atomic step: when {@code presentedHash} is a current token of its session, it is retired and
     * {@code nextHash} becomes current, with a fresh lifetime. When it is a token retired less than {@code grace}
     * ago, that is a client retrying a refresh whose answer it lost, or two tabs refreshing at once: {@code nextHash}
     * becomes current too, and the session goes on. When it was retired longer ago, that is reuse: the whole session
     * is revoked. With no grace, of any number of concurrent calls with the same token at most one rotates.
     */
    Rotation rotate(String presentedHash, String nextHash, Duration lifetime, Duration grace);

    /** Revokes the session the token belongs to, whether the token is current or retired. False when unknown. */
    boolean revoke(String tokenHash);

    /** Revokes every session of the user. */
    void revokeAll(UserId user);

    /** What became of a presented token. {@code user} is null only for {@link Outcome#UNKNOWN}. */
    record Rotation(Outcome outcome, UserId user) {

        public Rotation {
            Objects.requireNonNull(outcome, "outcome");
            if (outcome != Outcome.UNKNOWN) {
                Objects.requireNonNull(user, "user");
            }
        }

        public static Rotation rotated(UserId user) {
            return new Rotation(Outcome.ROTATED, user);
        }

        public static Rotation reused(UserId user) {
            return new Rotation(Outcome.REUSED, user);
        }

        public static Rotation unknown() {
            return new Rotation(Outcome.UNKNOWN, null);
        }
    }

    enum Outcome {
        /** The token was current, or retired within the grace period; the next one is current now. */
        ROTATED,
        /** The token had been rotated already, before the grace period: taken as theft, its session is revoked. */
        REUSED,
        /** Never issued, expired, or its session revoked. */
        UNKNOWN
    }
}
