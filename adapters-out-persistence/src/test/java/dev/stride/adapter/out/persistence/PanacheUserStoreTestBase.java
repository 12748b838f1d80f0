package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.testing.contract.UserStoreContract;
import jakarta.inject.Inject;

abstract class PanacheUserStoreTestBase extends UserStoreContract {

    @Inject
    UserStore users;

    @Inject
    Transactions transactions;

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
