package dev.stride.application.service;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.PurgeActivityUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import java.util.Map;

public class PurgeActivityService implements PurgeActivityUseCase {

    private final ActivityStore activities;
    private final AuditLog audit;
    private final TimeSource time;
    private final Transactions transactions;
    private final ActivityCaches caches;

    public PurgeActivityService(ActivityStore activities, AuditLog audit, TimeSource time,
            Transactions transactions, ActivityCaches caches) {
        this.activities = activities;
        this.audit = audit;
        this.time = time;
        this.transactions = transactions;
        this.caches = caches;
    }

    @Override
    public void purge(Actor admin, ActivityId id) {
        admin.requireAdmin();
        UserId owner = transactions.inTransaction(() -> {
            Activity doomed = activities.lockAny(id).orElseThrow(ActivityNotFoundException::new);
            activities.purge(id);
            // Same transaction: there is never a purge without its audit entry, nor an entry without a purge.
            audit.record(AuditEntry.of(admin.id(), AuditAction.ACTIVITY_PURGED, "activity", id.toString(),
                    time.now(), Map.of(
                            "ownerId", doomed.ownerId().toString(),
                            "activityType", doomed.details().type().value(),
                            "activityDate", doomed.details().activityDate().toString(),
                            "wasDeleted", Boolean.toString(doomed.isDeleted()))));
            // The owner's caches change, not the admin's.
            caches.bump(doomed.ownerId());
            return doomed.ownerId();
        });
        caches.changed(owner, id);
    }
}
