package dev.stride.application.service;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.PreconditionFailedException;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.UpdateActivityUseCase;
import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.service.caching.ActivityCaches;
import dev.stride.application.service.webhook.WebhookOutbox;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.webhook.WebhookEventType;
import dev.stride.domain.activity.ActivityDetails;

public class UpdateActivityService implements UpdateActivityUseCase {

    private final ActivityStore activities;
    private final TimeSource time;
    private final Transactions transactions;
    private final ActivityCaches caches;
    private final WebhookOutbox outbox;

    public UpdateActivityService(ActivityStore activities, TimeSource time, Transactions transactions,
            ActivityCaches caches, WebhookOutbox outbox) {
        this.activities = activities;
        this.time = time;
        this.transactions = transactions;
        this.caches = caches;
        this.outbox = outbox;
    }

    @Override
    public Activity update(UpdateActivityCommand command) {
        ActivityDetails details = command.input().toDetails(time.todayUtc());
        Activity written = transactions.inTransaction(() -> {
            Activity current = activities.lockLive(command.owner(), command.id())
                    .orElseThrow(ActivityNotFoundException::new);
            if (!command.precondition().isMetBy(current)) {
                throw new PreconditionFailedException();
            }
            Activity revised = current.revise(details, time.now());
            activities.update(revised);
            outbox.record(WebhookEventType.ACTIVITY_UPDATED, revised);
            caches.bump(command.owner());
            return revised;
        });
        caches.changed(command.owner(), command.id());
        outbox.committed();
        return written;
    }
}
