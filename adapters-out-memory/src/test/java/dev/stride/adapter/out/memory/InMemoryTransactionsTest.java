package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.Transactions;
import dev.stride.testing.contract.TransactionsContract;
import dev.stride.application.port.out.UserStore;

class InMemoryTransactionsTest extends TransactionsContract {

    private final InMemoryActivityStore activities = new InMemoryActivityStore();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions(activities, users, audit);

    @Override
    protected Transactions transactions() {
        return transactions;
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
    protected AuditLog audit() {
        return audit;
    }
}
