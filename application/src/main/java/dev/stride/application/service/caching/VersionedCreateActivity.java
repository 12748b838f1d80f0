package dev.stride.application.service.caching;

import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.user.UserId;

/**
 * Creates through the source use case and bumps the owner's data version in the same transaction (the owner's
 * lists and statistics change); once committed, writes the new activity through to the cache.
 */
public class VersionedCreateActivity implements CreateActivityUseCase {

    private final CreateActivityUseCase source;
    private final Transactions transactions;
    private final ActivityCaches caches;

    public VersionedCreateActivity(CreateActivityUseCase source, Transactions transactions, ActivityCaches caches) {
        this.source = source;
        this.transactions = transactions;
        this.caches = caches;
    }

    @Override
    public Activity create(UserId owner, ActivityInput input) {
        Written written = transactions.inTransaction(() -> {
            Activity activity = source.create(owner, input);
            return new Written(activity, caches.bump(owner));
        });
        caches.created(written.activity(), written.version());
        return written.activity();
    }

    private record Written(Activity activity, long version) {
    }
}
