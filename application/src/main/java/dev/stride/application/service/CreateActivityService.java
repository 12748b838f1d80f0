package dev.stride.application.service;

import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.CreateActivityUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.webhook.WebhookEventType;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.user.UserId;
import java.util.function.Consumer;

public class CreateActivityService implements CreateActivityUseCase {

    private final ActivityStore activities;
    private final TimeSource time;
    private final Transactions transactions;
    private final ActivityCaches caches;
    private final WebhookOutbox outbox;

    public CreateActivityService(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox) {
        this.activities = activities;
        this.time = time;
        this.transactions = transactions;
        this.caches = caches;
        this.outbox = outbox;
    }

    @Override
    public Activity create(UserId owner, ActivityInput input) {
        return create(owner, input.toDetails(time.todayUtc()), created -> { });
    }

    /**
     * Logs the activity, running {@code alsoInTransaction} in the same transaction: when it throws, nothing was
     * created and nothing was cached or announced.
     */
    Activity create(UserId owner, ActivityDetails details, Consumer<Activity> alsoInTransaction) {
        Activity activity = Activity.log(owner, details, time.now());
        long version = transactions.inTransaction(() -> {
            activities.insert(activity);
            outbox.record(WebhookEventType.ACTIVITY_CREATED, activity);
            alsoInTransaction.accept(activity);
            return caches.bump(owner);
        });
        caches.created(activity, version);
        outbox.committed();
        return activity;
    }
}
