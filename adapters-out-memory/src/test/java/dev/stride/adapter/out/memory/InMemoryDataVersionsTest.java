package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.DataVersions;
import dev.stride.testing.contract.DataVersionsContract;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;

class InMemoryDataVersionsTest extends DataVersionsContract {

    private final InMemoryDataVersions versions = new InMemoryDataVersions();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(versions, users);

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
