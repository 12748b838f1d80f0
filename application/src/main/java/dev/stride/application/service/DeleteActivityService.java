package dev.stride.application.service;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.DeleteActivityUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.webhook.WebhookEventType;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;

public class DeleteActivityService implements DeleteActivityUseCase {

    private final ActivityStore activities;
    private final TimeSource time;
    private final Transactions transactions;
    private final ActivityCaches caches;
    private final WebhookOutbox outbox;

    public DeleteActivityService(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox) {
        this.activities = activities;
        this.time = time;
        this.transactions = transactions;
        this.caches = caches;
        this.outbox = outbox;
    }

    @Override
    public void delete(UserId owner, ActivityId id) {
        transactions.inTransaction(() -> {
            Activity current = activities.lockLive(owner, id).orElseThrow(ActivityNotFoundException::new);
            Activity deleted = current.softDelete(time.now());
            activities.update(deleted);
            outbox.record(WebhookEventType.ACTIVITY_DELETED, deleted);
            caches.bump(owner);
        });
        caches.changed(owner, id);
        outbox.committed();
    }
}
