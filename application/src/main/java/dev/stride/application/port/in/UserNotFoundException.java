package dev.stride.application.port.in;

/** No account has this id. */
public class UserNotFoundException extends UseCaseException {

    public UserNotFoundException() {
        super("User not found");
    }
}
