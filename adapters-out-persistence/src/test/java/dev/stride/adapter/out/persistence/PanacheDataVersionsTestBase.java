package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DataVersions;
import dev.stride.testing.contract.DataVersionsContract;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import jakarta.inject.Inject;

abstract class PanacheDataVersionsTestBase extends DataVersionsContract {

    @Inject
    DataVersions versions;

    @Inject
    Transactions transactions;

    @Inject
    UserStore users;

    @Override
    protected DataVersions versions() {
        return versions;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Override
    protected UserStore users() {
        return users;
    }
}
