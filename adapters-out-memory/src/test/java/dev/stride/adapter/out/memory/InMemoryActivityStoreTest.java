package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.testing.contract.ActivityStoreContract;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;

class InMemoryActivityStoreTest extends ActivityStoreContract {

    private final InMemoryActivityStore activities = new InMemoryActivityStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(activities, users);

    @Override
    protected ActivityStore activities() {
        return activities;
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
