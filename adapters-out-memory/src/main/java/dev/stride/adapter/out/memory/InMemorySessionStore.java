package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.SessionStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sessions in this process's memory: the embedded default, for a single instance. They end with the process, so a
 * restart logs everybody out (their access tokens keep working until they expire). Expired entries are dropped as
 * they are met and on every new session, so nothing lingers.
 */
public class InMemorySessionStore implements SessionStore {

    private final TimeSource time;
    private final Map<String, Token> tokens = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();

    public InMemorySessionStore(TimeSource time) {
        this.time = time;
    }

    @Override
    public synchronized void open(String sessionId, UserId user, String tokenHash, Duration lifetime,
            int maxSessions) {
        Instant now = time.now();
        dropExpired(now);
        List<Session> ofUser = sessions.values().stream().filter(session -> session.user.equals(user))
                .sorted(Comparator.comparing((Session session) -> session.openedAt)).toList();
        for (int i = 0; i <= ofUser.size() - maxSessions; i++) {
            revoke(ofUser.get(i));
        }
        Instant expiresAt = now.plus(lifetime);
        Session session = new Session(sessionId, user, now);
        session.expiresAt = expiresAt;
        session.tokenHashes.add(tokenHash);
        sessions.put(sessionId, session);
        tokens.put(tokenHash, new Token(sessionId, expiresAt, null));
    }

    @Override
    public synchronized Rotation rotate(String presentedHash, String nextHash, Duration lifetime, Duration grace) {
        Instant now = time.now();
        Session session = sessionOf(presentedHash, now);
        if (session == null) {
            return Rotation.unknown();
        }
        Token presented = tokens.get(presentedHash);
        if (presented.retiredAt() == null) {
            tokens.put(presentedHash, presented.retired(now));
        } else if (!now.isBefore(presented.retiredAt().plus(grace))) {
            revoke(session);
            return Rotation.reused(session.user);
        }
        Instant expiresAt = now.plus(lifetime);
        session.expiresAt = expiresAt;
        session.tokenHashes.add(nextHash);
        tokens.put(nextHash, new Token(session.id, expiresAt, null));
        return Rotation.rotated(session.user);
    }

    @Override
    public synchronized boolean revoke(String tokenHash) {
        Session session = sessionOf(tokenHash, time.now());
        if (session == null) {
            return false;
        }
        revoke(session);
        return true;
    }

    @Override
    public synchronized void revokeAll(UserId user) {
        sessions.values().stream().filter(session -> session.user.equals(user)).toList().forEach(this::revoke);
    }

    /** The live session a live token belongs to, if any. */
    private Session sessionOf(String tokenHash, Instant now) {
        Token token = tokens.get(tokenHash);
        if (token == null || !now.isBefore(token.expiresAt)) {
            return null;
        }
        Session session = sessions.get(token.sessionId);
        return session == null || !now.isBefore(session.expiresAt) ? null : session;
    }

    private void revoke(Session session) {
        sessions.remove(session.id);
        session.tokenHashes.forEach(tokens::remove);
    }

    private void dropExpired(Instant now) {
        sessions.values().removeIf(session -> !now.isBefore(session.expiresAt));
        tokens.values().removeIf(token -> !now.isBefore(token.expiresAt) || !sessions.containsKey(token.sessionId));
    }

    /** {@code retiredAt}: null while the token is current. */
    private record Token(String sessionId, Instant expiresAt, Instant retiredAt) {

        Token retired(Instant at) {
            return new Token(sessionId, expiresAt, at);
        }
    }

    private static final class Session {
        final String id;
        final UserId user;
        final Set<String> tokenHashes = new HashSet<>();
        final Instant openedAt;
        Instant expiresAt;

        Session(String id, UserId user, Instant openedAt) {
            this.id = id;
            this.user = user;
            this.openedAt = openedAt;
        }
    }
}
