package dev.stride.application.service.caching;

import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.UpdateActivityUseCase;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.activity.Activity;

/** Updates and bumps the owner's data version in one transaction; once committed, evicts the activity's entry. */
public class VersionedUpdateActivity implements UpdateActivityUseCase {

    private final UpdateActivityUseCase source;
    private final Transactions transactions;
    private final ActivityCaches caches;

    public VersionedUpdateActivity(UpdateActivityUseCase source, Transactions transactions, ActivityCaches caches) {
        this.source = source;
        this.transactions = transactions;
        this.caches = caches;
    }

    @Override
    public Activity update(UpdateActivityCommand command) {
        Activity revised = transactions.inTransaction(() -> {
            Activity activity = source.update(command);
            caches.bump(command.owner());
            return activity;
        });
        caches.changed(command.owner(), command.id());
        return revised;
    }
}
