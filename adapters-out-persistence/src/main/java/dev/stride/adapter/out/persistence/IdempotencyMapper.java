package dev.stride.adapter.out.persistence;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.user.UserId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Translates between {@link IdempotentCreate} and its row. */
final class IdempotencyMapper {

    private static final String TAG_SEPARATOR = ",";

    private IdempotencyMapper() {
    }

    static IdempotentCreate toDomain(IdempotencyKeyEntity entity) {
        UserId owner = new UserId(entity.slot.ownerId);
        Optional<Activity> result = Optional.empty();
        if (entity.activityId != null) {
            List<String> tags = entity.tags.isEmpty() ? List.of() : Arrays.asList(entity.tags.split(TAG_SEPARATOR));
            ActivityDetails details = new ActivityDetails(new ActivityType(entity.activityType),
                    entity.durationMinutes, entity.distanceKm, entity.notes, entity.activityDate, new Tags(tags));
            result = Optional.of(new Activity(new ActivityId(entity.activityId), owner, details,
                    entity.activityCreatedAt, entity.activityUpdatedAt, null, entity.activityVersion));
        }
        return new IdempotentCreate(owner, new IdempotencyKey(entity.slot.key), entity.fingerprint,
                entity.claimToken, entity.createdAt, entity.claimedUntil, result);
    }

    /** A claim's row: no result yet. */
    static IdempotencyKeyEntity toNewEntity(IdempotentCreate claim) {
        IdempotencyKeyEntity entity = new IdempotencyKeyEntity();
        entity.slot = slotOf(claim);
        entity.fingerprint = claim.fingerprint();
        entity.claimToken = claim.claimToken();
        entity.createdAt = claim.createdAt();
        entity.claimedUntil = claim.claimedUntil();
        return entity;
    }

    static void copyResult(Activity result, IdempotencyKeyEntity entity) {
        ActivityDetails details = result.details();
        entity.activityId = result.id().value();
        entity.activityType = details.type().value();
        entity.durationMinutes = details.durationMinutes();
        entity.distanceKm = details.distanceKm();
        entity.notes = details.notes();
        entity.activityDate = details.activityDate();
        entity.tags = String.join(TAG_SEPARATOR, details.tags().values());
        entity.activityCreatedAt = result.createdAt();
        entity.activityUpdatedAt = result.updatedAt();
        entity.activityVersion = result.version();
    }

    static IdempotencyKeyEntity.Slot slotOf(IdempotentCreate record) {
        return new IdempotencyKeyEntity.Slot(record.owner().value(), record.key().value());
    }
}
