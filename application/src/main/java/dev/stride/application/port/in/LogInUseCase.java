package dev.stride.application.port.in;

public interface LogInUseCase {

    /**
     * Checks the credentials and opens a session. When the session store is unavailable the login still succeeds,
     * with an access token and no refresh token.
     *
     * @throws InvalidCredentialsException for an unknown email, a wrong password or a deleted account alike
     */
    TokenPair logIn(LogInCommand command);
}
