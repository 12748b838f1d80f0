package dev.stride.domain.activity;

import dev.stride.domain.DomainException;

/** A deleted activity cannot be edited or deleted again; to clients it is as good as missing until restored. */
public class ActivityDeletedException extends DomainException {

    public ActivityDeletedException(ActivityId id) {
        super("Activity " + id + " is deleted");
    }
}
