package dev.stride.application.service.caching;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.PurgeActivityUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;

/**
 * Purges and bumps the data version of the activity's owner (not the admin's) in one transaction; once committed,
 * evicts the entry. The row is locked first, so the owner read here is the owner of what is purged.
 */
public class VersionedPurgeActivity implements PurgeActivityUseCase {

    private final PurgeActivityUseCase source;
    private final ActivityStore activities;
    private final Transactions transactions;
    private final ActivityCaches caches;

    public VersionedPurgeActivity(PurgeActivityUseCase source, ActivityStore activities, Transactions transactions,
            ActivityCaches caches) {
        this.source = source;
        this.activities = activities;
        this.transactions = transactions;
        this.caches = caches;
    }

    @Override
    public void purge(Actor admin, ActivityId id) {
        admin.requireAdmin();
        UserId owner = transactions.inTransaction(() -> {
            Activity doomed = activities.lockAny(id).orElseThrow(ActivityNotFoundException::new);
            source.purge(admin, id);
            caches.bump(doomed.ownerId());
            return doomed.ownerId();
        });
        caches.changed(owner, id);
    }
}
