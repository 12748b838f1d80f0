package dev.stride.application.service.caching;

import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

/** Restores and bumps the owner's data version in one transaction; once committed, evicts the entry. */
public class VersionedRestoreActivity implements RestoreActivityUseCase {

    private final RestoreActivityUseCase source;
    private final Transactions transactions;
    private final ActivityCaches caches;

    public VersionedRestoreActivity(RestoreActivityUseCase source, Transactions transactions,
            ActivityCaches caches) {
        this.source = source;
        this.transactions = transactions;
        this.caches = caches;
    }

    @Override
    public Activity restore(UserId owner, ActivityId id) {
        Activity restored = transactions.inTransaction(() -> {
            Activity activity = source.restore(owner, id);
            caches.bump(owner);
            return activity;
        });
        caches.changed(owner, id);
        return restored;
    }
}
