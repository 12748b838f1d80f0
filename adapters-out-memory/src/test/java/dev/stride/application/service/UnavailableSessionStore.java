package dev.stride.application.service;

import dev.stride.application.port.out.SessionStore;
import dev.stride.application.port.out.SessionStoreUnavailableException;
import dev.stride.domain.user.UserId;
import java.net.ConnectException;
import java.time.Duration;

/** A session store whose server is down: every call fails as a real adapter's would. */
final class UnavailableSessionStore implements SessionStore {

    int calls;

    private SessionStoreUnavailableException down() {
        calls++;
        return new SessionStoreUnavailableException(new ConnectException("Connection refused"));
    }

    @Override
    public void open(String sessionId, UserId user, String tokenHash, Duration lifetime, int maxSessions) {
        throw down();
    }

    @Override
    public Rotation rotate(String presentedHash, String nextHash, Duration lifetime, Duration grace) {
        throw down();
    }

    @Override
    public boolean revoke(String tokenHash) {
        throw down();
    }

    @Override
    public void revokeAll(UserId user) {
        throw down();
    }
}
