package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.Transactions;
import dev.stride.testing.contract.TransactionsContract;
import dev.stride.application.port.out.UserStore;
import jakarta.inject.Inject;

abstract class PanacheTransactionsTestBase extends TransactionsContract {

    @Inject
    Transactions transactions;

    @Inject
    ActivityStore activities;

    @Inject
    UserStore users;

    @Inject
    AuditLog audit;

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
