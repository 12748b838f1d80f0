package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DataVersions;
import dev.stride.domain.user.UserId;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Data versions in the {@code data_version} column of {@code users}: a read is one primary-key look-up, a bump one
 * row update (which also takes the row's lock, so concurrent writers of one user bump in turn). The column is not
 * part of the user's mapping: only this adapter reads or writes it.
 */
@ApplicationScoped
public class PanacheDataVersions implements DataVersions {

    private final PanacheTransactions transactions;
    private final EntityManager entityManager;

    PanacheDataVersions(PanacheTransactions transactions, EntityManager entityManager) {
        this.transactions = transactions;
        this.entityManager = entityManager;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "version.read"})
    public long current(UserId user) {
        return transactions.read(() -> versionOf(user));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "version.bump"})
    public long bump(UserId user) {
        int updated = entityManager.createNativeQuery(
                        "update users set data_version = data_version + 1 where id = :id")
                .setParameter("id", user.value())
                .executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("user " + user + " does not exist");
        }
        return versionOf(user);
    }

    private long versionOf(UserId user) {
        List<?> rows = entityManager.createNativeQuery("select data_version from users where id = :id")
                .setParameter("id", user.value())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }
}
