package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.application.port.out.ActivityTotals;
import dev.stride.testing.contract.ActivityTotalsContract;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import jakarta.inject.Inject;

/** The adapters as the application gets them: CDI beans looked up by port type. */
abstract class PanacheActivityTotalsTestBase extends ActivityTotalsContract {

    @Inject
    ActivityTotals totals;

    @Inject
    ActivityStore activities;

    @Inject
    UserStore users;

    @Inject
    Transactions transactions;

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
