package dev.stride.application.port.in;

import dev.stride.domain.user.User;

public interface RegisterUserUseCase {

    /** @throws dev.stride.domain.user.EmailAlreadyTakenException when the email is in use */
    User register(RegisterUserCommand command);
}
