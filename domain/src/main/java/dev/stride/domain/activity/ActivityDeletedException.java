package dev.stride.domain.activity;

/** A deleted activity cannot be edited or deleted again; to clients it is as good as missing until restored. */
public class ActivityDeletedException extends RuntimeException {

    public ActivityDeletedException(ActivityId id) {
        super("Activity " + id + " is deleted");
    }
}
