package dev.stride.application.service;

import dev.stride.application.port.in.LogOutUseCase;

public class LogOutService implements LogOutUseCase {

    private final Sessions sessions;

    public LogOutService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void logOut(String refreshToken) {
        RefreshTokensService.requirePresent(refreshToken);
        sessions.revoke(refreshToken);
    }
}
