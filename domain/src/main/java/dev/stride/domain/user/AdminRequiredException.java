package dev.stride.domain.user;

import dev.stride.domain.DomainException;

/** The action is reserved to the admin tier. */
public class AdminRequiredException extends DomainException {

    public AdminRequiredException() {
        super("This action is reserved to admins");
    }
}
