package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.testing.contract.UserStoreContract;

class InMemoryUserStoreTest extends UserStoreContract {

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(users);

    @Override
    protected UserStore users() {
        return users;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
