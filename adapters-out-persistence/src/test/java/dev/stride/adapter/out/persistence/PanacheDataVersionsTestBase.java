package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DataVersions;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import jakarta.inject.Inject;

/**
 * The beans a test of data versions works with: the {@code DataVersionsContract} tests, on either database, and the
 * watch's test on PostgreSQL.
 */
abstract class PanacheDataVersionsTestBase {

    @Inject
    DataVersions versions;

    @Inject
    Transactions transactions;

    @Inject
    UserStore users;

    public DataVersions versions() {
        return versions;
    }

    public Transactions transactions() {
        return transactions;
    }

    public UserStore users() {
        return users;
    }
}
