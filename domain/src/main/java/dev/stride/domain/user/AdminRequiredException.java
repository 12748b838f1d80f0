package dev.stride.domain.user;

/** The action is reserved to the admin tier. */
public class AdminRequiredException extends RuntimeException {

    public AdminRequiredException() {
        super("This action is reserved to admins");
    }
}
