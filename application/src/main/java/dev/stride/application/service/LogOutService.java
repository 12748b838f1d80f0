package dev.stride.application.service;

import dev.stride.application.port.in.LogOutUseCase;

public class LogOutService implements LogOutUseCase {

    private final RefreshTokens refreshTokens;

    public LogOutService(RefreshTokens refreshTokens) {
        this.refreshTokens = refreshTokens;
    }

    @Override
    public void logOut(String refreshToken) {
        RefreshTokensService.requirePresent(refreshToken);
        refreshTokens.revoke(refreshToken);
    }
}
