package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DeliveryStore;
import dev.stride.application.port.out.SubscriptionStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.testing.contract.SubscriptionStoreContract;
import jakarta.inject.Inject;

abstract class PanacheSubscriptionStoreTestBase extends SubscriptionStoreContract {

    @Inject
    SubscriptionStore subscriptions;

    @Inject
    DeliveryStore deliveries;

    @Inject
    UserStore users;

    @Inject
    Transactions transactions;

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
