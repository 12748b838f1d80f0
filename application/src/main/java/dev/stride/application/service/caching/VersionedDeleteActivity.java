package dev.stride.application.service.caching;

import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

/** Soft-deletes and bumps the owner's data version in one transaction; once committed, evicts the entry. */
public class VersionedDeleteActivity implements DeleteActivityUseCase {

    private final DeleteActivityUseCase source;
    private final Transactions transactions;
    private final ActivityCaches caches;

    public VersionedDeleteActivity(DeleteActivityUseCase source, Transactions transactions, ActivityCaches caches) {
        this.source = source;
        this.transactions = transactions;
        this.caches = caches;
    }

    @Override
    public void delete(UserId owner, ActivityId id) {
        transactions.inTransaction(() -> {
            source.delete(owner, id);
            caches.bump(owner);
        });
        caches.changed(owner, id);
    }
}
