package dev.stride.domain.activity;

import dev.stride.domain.DomainException;

/** Only an activity in the trash can be restored. */
public class ActivityNotDeletedException extends DomainException {

    public ActivityNotDeletedException(ActivityId id) {
        super("Activity " + id + " is not deleted, so it cannot be restored");
    }
}
