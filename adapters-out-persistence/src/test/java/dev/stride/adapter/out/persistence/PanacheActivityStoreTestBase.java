package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.testing.contract.ActivityStoreContract;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import jakarta.inject.Inject;

/** The adapters as the application gets them: CDI beans looked up by port type. */
abstract class PanacheActivityStoreTestBase extends ActivityStoreContract {

    @Inject
    ActivityStore activities;

    @Inject
    UserStore users;

    @Inject
    Transactions transactions;

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
