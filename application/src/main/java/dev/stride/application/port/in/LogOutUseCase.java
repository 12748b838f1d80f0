package dev.stride.application.port.in;

public interface LogOutUseCase {

    /**
     * Ends the session (the login) the refresh token belongs to; other sessions of the account are untouched.
     * Logging out with a token that is unknown or already revoked does nothing.
     *
     * @throws dev.stride.domain.validation.ValidationException when no token is given
     * @throws SessionsUnavailableException when the sessions cannot be reached
     */
    void logOut(String refreshToken);
}
