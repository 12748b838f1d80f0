package dev.stride.application.port.in;

public interface RefreshTokensUseCase {

    /**
     * Exchanges a session's current refresh token for a new access token and the session's next refresh token. The
     * access token carries the account's tier as it is now.
     *
     * @throws dev.stride.domain.validation.ValidationException when no token is given
     * @throws InvalidRefreshTokenException for an unknown, expired, revoked or already rotated token, or a deleted
     *     account; an already rotated token also revokes its whole session
     * @throws SessionsUnavailableException when the sessions cannot be reached
     */
    TokenPair refresh(String refreshToken);
}
