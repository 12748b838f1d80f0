package dev.stride.application.port.in;

import dev.stride.domain.user.User;

public interface RegisterUserUseCase {

    /** @throws dev.stride.application.port.out.EmailAlreadyTakenException when the email is in use */
    User register(RegisterUserCommand command);
}
