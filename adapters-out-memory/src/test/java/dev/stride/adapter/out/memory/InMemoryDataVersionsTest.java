package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.DataVersions;
import dev.stride.testing.contract.DataVersionsContract;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;

class InMemoryDataVersionsTest implements DataVersionsContract {

    private final InMemoryDataVersions versions = new InMemoryDataVersions();
    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(versions, users);

    @Override
    public DataVersions versions() {
        return versions;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public UserStore users() {
        return users;
    }
}
