package dev.stride.application.port.out;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import java.util.Optional;

/**
 * Where activities live. Reads see live (not soft-deleted) activities only, except {@link #listTrash} and
 * {@link #lockAny}, which serve the trash, restore and purge paths. Writes run inside
 * {@link Transactions#inTransaction}.
 */
public interface ActivityStore {

    void insert(Activity activity);

    /** Stores the new state of an activity previously obtained from one of the lock methods. */
    void update(Activity activity);

    Optional<Activity> findLive(UserId owner, ActivityId id);

    /** The owner's live activity, locked against concurrent writers until the transaction ends. */
    Optional<Activity> lockLive(UserId owner, ActivityId id);

    /** Any activity, deleted or not, whoever owns it, locked until the transaction ends. */
    Optional<Activity> lockAny(ActivityId id);

    /** Newest {@code activityDate} first, then newest {@code createdAt}. */
    Page<Activity> listLive(ActivityFilter filter, PageRequest page);

    /** The owner's soft-deleted activities, most recently deleted first. */
    Page<Activity> listTrash(UserId owner, PageRequest page);

    /** Removes an activity and its tags for good. */
    void purge(ActivityId id);
}
