package dev.stride.application.service;

import dev.stride.application.port.in.SessionsUnavailableException;
import dev.stride.application.port.out.SessionStore.Rotation;
import dev.stride.application.port.out.SessionStore;
import dev.stride.application.port.out.SessionStoreUnavailableException;
import dev.stride.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The logins (sessions) and their rotating refresh tokens, kept in the {@link SessionStore}; a store out of reach is
 * a {@link SessionsUnavailableException}. A token is 256 random bits, opaque to clients; the store only ever sees its
 * SHA-256, so a copy of the store lets nobody refresh. A plain hash suffices: unlike a password, the token has too
 * much entropy to guess.
 */
public class Sessions {

    private static final int TOKEN_BYTES = 32;
    public static final int DEFAULT_MAX_PER_USER = 20;

    private final SecureRandom random = new SecureRandom();
    private final SessionStore store;
    private final Duration lifetime;
    private final Duration grace;
    private final int maxPerUser;

    public Sessions(SessionStore store, Duration lifetime, Duration grace) {
        this(store, lifetime, grace, DEFAULT_MAX_PER_USER);
    }

    /**
     * {@code grace}: how long after its rotation a refresh token still gets a new pair (API.md, refresh);
     * {@code maxPerUser}: the most logins a user keeps, the oldest revoked beyond, so no user's sessions grow
     * without bound.
     */
    public Sessions(SessionStore store, Duration lifetime, Duration grace, int maxPerUser) {
        this.store = Objects.requireNonNull(store, "store");
        if (maxPerUser < 1) {
            throw new IllegalArgumentException("a user must be allowed one session at least");
        }
        this.maxPerUser = maxPerUser;
        if (grace.isNegative()) {
            throw new IllegalArgumentException("a refresh grace period must not be negative");
        }
        this.grace = grace;
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a refresh token lifetime must be positive");
        }
        this.lifetime = lifetime;
    }

    /** Opens a session for a login and returns its first refresh token. */
    public String open(UserId user) {
        String token = newToken();
        reachable(() -> {
            store.open(UUID.randomUUID().toString(), user, hash(token), lifetime, maxPerUser);
            return null;
        });
        return token;
    }

    /** Exchanges a token for the session's next one, which is returned along with the store's verdict. */
    public Exchange exchange(String presented) {
        String next = newToken();
        Rotation rotation = reachable(() -> store.rotate(hash(presented), hash(next), lifetime, grace));
        return new Exchange(rotation, next);
    }

    public boolean revoke(String presented) {
        return reachable(() -> store.revoke(hash(presented)));
    }

    public void revokeAll(UserId user) {
        reachable(() -> {
            store.revokeAll(user);
            return null;
        });
    }

    /** The store's failure, as the use cases' callers know it. */
    private static <T> T reachable(Supplier<T> storeCall) {
        try {
            return storeCall.get();
        } catch (SessionStoreUnavailableException e) {
            throw new SessionsUnavailableException(e.getCause());
        }
    }

    /** Hex SHA-256 of the token's UTF-8 bytes. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The store's verdict, and the token that is current now if it says {@code ROTATED}. */
    public record Exchange(Rotation rotation, String nextToken) {
    }
}
