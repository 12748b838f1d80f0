package dev.stride.adapter.out.persistence;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.user.UserId;
import java.util.List;

/** Translates between the domain's {@link Activity} and its row. */
final class ActivityMapper {

    private ActivityMapper() {
    }

    static Activity toDomain(ActivityEntity entity) {
        ActivityDetails details = new ActivityDetails(new ActivityType(entity.type), entity.durationMinutes,
                entity.distanceKm, entity.notes, entity.activityDate, new Tags(entity.tags));
        return new Activity(new ActivityId(entity.id), new UserId(entity.userId), details, entity.createdAt,
                entity.updatedAt, entity.deletedAt, entity.version);
    }

    static ActivityEntity toNewEntity(Activity activity) {
        ActivityEntity entity = new ActivityEntity();
        entity.id = activity.id().value();
        entity.userId = activity.ownerId().value();
        entity.createdAt = activity.createdAt();
        copyChangeableState(activity, entity);
        return entity;
    }

    /** Everything but id, owner and creation time, which never change. */
    static void copyChangeableState(Activity activity, ActivityEntity entity) {
        ActivityDetails details = activity.details();
        entity.type = details.type().value();
        entity.durationMinutes = details.durationMinutes();
        entity.distanceKm = details.distanceKm();
        entity.notes = details.notes();
        entity.activityDate = details.activityDate();
        List<String> tags = details.tags().values();
        // Touch the tag rows only when the tags changed: most updates (deleting, restoring) leave them alone.
        if (!entity.tags.equals(tags)) {
            entity.tags.clear();
            entity.tags.addAll(tags);
        }
        entity.updatedAt = activity.updatedAt();
        entity.deletedAt = activity.deletedAt();
        entity.version = activity.version();
    }
}
