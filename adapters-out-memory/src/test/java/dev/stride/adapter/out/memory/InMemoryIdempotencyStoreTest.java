package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.testing.contract.IdempotencyStoreContract;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryUserStore users = new InMemoryUserStore();
    private final InMemoryIdempotencyStore keys = new InMemoryIdempotencyStore();
    private final InMemoryTransactions transactions = new InMemoryTransactions(users, keys);

    @Override
    protected IdempotencyStore keys() {
        return keys;
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
