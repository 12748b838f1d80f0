package dev.stride.domain.activity;

/** Only an activity in the trash can be restored. */
public class ActivityNotDeletedException extends RuntimeException {

    public ActivityNotDeletedException(ActivityId id) {
        super("Activity " + id + " is not deleted, so it cannot be restored");
    }
}
