package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.testing.contract.SubscriptionStoreContract;

class InMemorySubscriptionStoreTest extends SubscriptionStoreContract {

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryDeliveryStore deliveries = new InMemoryDeliveryStore();
    private final InMemorySubscriptionStore subscriptions = new InMemorySubscriptionStore(deliveries);
    private final InMemoryTransactions transactions = new InMemoryTransactions(users, subscriptions, deliveries);

    @Override
    protected SubscriptionStore subscriptions() {
        return subscriptions;
    }

    @Override
    protected DeliveryStore deliveries() {
        return deliveries;
    }

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
