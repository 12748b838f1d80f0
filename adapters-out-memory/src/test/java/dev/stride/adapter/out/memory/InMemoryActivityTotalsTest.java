package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.ActivityTotals;
import dev.stride.testing.contract.ActivityTotalsContract;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;

class InMemoryActivityTotalsTest extends ActivityTotalsContract {

    private final InMemoryActivityStore activities = new InMemoryActivityStore();
    private final InMemoryActivityTotals totals = new InMemoryActivityTotals(activities);
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(activities, users);

    @Override
    protected ActivityTotals totals() {
        return totals;
    }

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
