package dev.stride.application.service.webhook;

import dev.stride.application.port.in.CreateWebhookCommand;
import dev.stride.application.port.in.CreateWebhookUseCase;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionLimitReachedException;
import dev.stride.domain.webhook.WebhookSecret;
import java.security.SecureRandom;

public class CreateWebhookService implements CreateWebhookUseCase {

    private final SubscriptionStore subscriptions;
    private final WebhookTargets targets;
    private final TimeSource time;
    private final Transactions transactions;
    private final SecureRandom random;

    public CreateWebhookService(SubscriptionStore subscriptions, WebhookTargets targets, TimeSource time,
            Transactions transactions, SecureRandom random) {
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.time = time;
        this.transactions = transactions;
        this.random = random;
    }

    @Override
    public Subscription create(CreateWebhookCommand command) {
        Subscription subscription = Subscription.create(command.owner(), command.url(), command.events(),
                command.description(), WebhookSecret.generate(random), time.now());
        // Outside the transaction: a DNS lookup may take seconds, and must not hold the owner's lock meanwhile.
        targets.check(subscription.url());
        transactions.inTransaction(() -> {
            if (subscriptions.countForUpdate(command.owner()) >= Subscription.MAX_PER_OWNER) {
                throw new SubscriptionLimitReachedException();
            }
            subscriptions.insert(subscription);
        });
        return subscription;
    }
}
