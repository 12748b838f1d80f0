package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DataVersions;
import dev.stride.domain.user.UserId;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Data versions in the {@code data_version} column of {@code users}: a read is one primary-key look-up, a bump one
 * row update (which also takes the row's lock, so concurrent writers of one user bump in turn). The column is not
 * part of the user's mapping: only this adapter reads or writes it. On PostgreSQL a bump also notifies
 * {@link PostgresDataVersionWatch#CHANGES}, so every replica's watch hears of it at its commit.
 */
@ApplicationScoped
public class PanacheDataVersions implements DataVersions {

    private static final String SELECT = "select data_version from users where id = ?";

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final TransactionManager transactions;

    private final PanacheTransactions units;
    private final boolean postgresql;

    PanacheDataVersions(EntityManager entityManager, DataSource dataSource, TransactionManager transactions,
            PanacheTransactions units, DatabaseKind database) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.units = units;
        this.postgresql = database.postgresql();
    }

    /**
     * Every cached read asks this first, so outside a transaction it is one autocommitted statement on a pooled
     * connection: no JTA transaction, no Hibernate session, no flush, no COMMIT round trip. Inside one (a write) it
     * reads through the transaction, and so sees the transaction's own bump.
     */
    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "version.read"})
    public long current(UserId user) {
        if (inTransaction()) {
            return versionOf(user);
        }
        return units.autocommitted(() -> autocommittedVersionOf(user));
    }

    private long autocommittedVersionOf(UserId user) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setObject(1, user.value());
            units.statementTimeoutSeconds().ifPresent(seconds -> queryTimeout(statement, seconds));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read the data version of user " + user, e);
        }
    }

    private static void queryTimeout(PreparedStatement statement, int seconds) {
        try {
            statement.setQueryTimeout(seconds);
        } catch (SQLException e) {
            throw new PersistenceException("could not bound the data version read by the request's deadline", e);
        }
    }

    private boolean inTransaction() {
        try {
            return transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new PersistenceException("could not tell whether a transaction is active", e);
        }
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
        if (postgresql) {
            // Told to every replica's watch when, and only if, this transaction commits.
            entityManager.createNativeQuery("select pg_notify('" + PostgresDataVersionWatch.CHANGES + "', :id)")
                    .setParameter("id", user.toString())
                    .getSingleResult();
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
