package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.testing.contract.IdempotencyStoreContract;
import jakarta.inject.Inject;

abstract class PanacheIdempotencyStoreTestBase extends IdempotencyStoreContract {

    @Inject
    IdempotencyStore keys;

    @Inject
    UserStore users;

    @Inject
    Transactions transactions;

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
