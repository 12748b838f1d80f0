package dev.stride.application.service.webhook;

import dev.stride.application.port.in.DeleteWebhookUseCase;
import dev.stride.application.port.in.WebhookNotFoundException;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.domain.user.UserId;
import dev.stride.domain.webhook.SubscriptionId;

public class DeleteWebhookService implements DeleteWebhookUseCase {

    private final SubscriptionStore subscriptions;
    private final Transactions transactions;

    public DeleteWebhookService(SubscriptionStore subscriptions, Transactions transactions) {
        this.subscriptions = subscriptions;
        this.transactions = transactions;
    }

    @Override
    public void delete(UserId owner, SubscriptionId id) {
        if (!transactions.inTransaction(() -> subscriptions.delete(owner, id))) {
            throw new WebhookNotFoundException();
        }
    }
}
