package dev.stride.application.service;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.RestoreActivityUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.webhook.WebhookEventType;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

public class RestoreActivityService implements RestoreActivityUseCase {

    private final ActivityStore activities;
    private final TimeSource time;
    private final Transactions transactions;
    private final ActivityCaches caches;
    private final WebhookOutbox outbox;

    public RestoreActivityService(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox) {
        this.activities = activities;
        this.time = time;
        this.transactions = transactions;
        this.caches = caches;
        this.outbox = outbox;
    }

    @Override
    public Activity restore(UserId owner, ActivityId id) {
        // The row lock makes a restore and a concurrent purge take turns: whichever comes second sees the
        // outcome of the first (a restored row to purge, or no row to restore), never a half of each.
        Activity written = transactions.inTransaction(() -> {
            Activity current = activities.lockAny(id)
                    .filter(activity -> activity.isOwnedBy(owner))
                    .orElseThrow(ActivityNotFoundException::new);
            Activity restored = current.restore(time.now());
            activities.update(restored);
            outbox.record(WebhookEventType.ACTIVITY_RESTORED, restored);
            caches.bump(owner);
            return restored;
        });
        caches.changed(owner, id);
        outbox.committed();
        return written;
    }
}
