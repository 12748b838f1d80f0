package dev.stride.application.port.in;

import dev.stride.application.port.out.AccessTokenIssuer.AccessToken;

public interface LogInUseCase {

    /** @throws InvalidCredentialsException for an unknown email, a wrong password or a deleted account alike */
    AccessToken logIn(LogInCommand command);
}
