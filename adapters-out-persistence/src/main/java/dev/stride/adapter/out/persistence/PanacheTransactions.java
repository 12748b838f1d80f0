package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.StorageUnavailableException;
import dev.stride.application.port.out.Transactions;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * JTA transactions through Quarkus. A unit inside another joins it, so a use case calling another stays atomic.
 * Each outermost unit goes through the {@link DatabaseGuard}: refused at once while the database's breaker is open,
 * repeated when it failed before committing for a reason worth another try. Failures that mean the database cannot
 * do the work now come out as {@link StorageUnavailableException}.
 */
@ApplicationScoped
public class PanacheTransactions implements Transactions {

    private final DatabaseGuard guard;

    PanacheTransactions(DatabaseGuard guard) {
        this.guard = guard;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (QuarkusTransaction.isActive()) {
            // Joined: the outermost unit is the one guarded, and the one repeated.
            return QuarkusTransaction.joiningExisting()
                    .exceptionHandler(failure -> TransactionExceptionResult.ROLLBACK)
                    .call(work::get);
        }
        return outermost(QuarkusTransaction.joiningExisting(), work);
    }

    /**
     * A unit of its own, committed before this returns, even inside another unit (which is suspended meanwhile):
     * for records that must outlive the failure of the work around them.
     */
    <T> T inNewTransaction(Supplier<T> work) {
        return outermost(QuarkusTransaction.requiringNew(), work);
    }

    /**
     * Runs a store's read in a transaction too, joining the caller's when there is one. Outside a transaction
     * Hibernate would fall back to a request-scoped session: that needs a CDI request context (absent on worker
     * and scheduler threads) and keeps what it loaded for the whole request, so a later read could see a stale row.
     */
    <T> T read(Supplier<T> query) {
        return inTransaction(query);
    }

    /**
     * A read outside any transaction (one autocommitted statement), guarded like a unit: refused while the breaker
     * is open, repeated on a transient failure (a read is always safe to repeat).
     */
    <T> T autocommitted(Supplier<T> read) {
        return open(() -> {
            try {
                return read.get();
            } catch (RuntimeException failure) {
                throw DatabaseFailures.translate(failure, false);
            }
        });
    }

    private <T> T outermost(TransactionRunnerOptions unit, Supplier<T> work) {
        return open(() -> attempt(unit, work));
    }

    private <T> T open(Supplier<T> guarded) {
        try {
            return guard.repeatable(guarded);
        } catch (CircuitBreakerOpenException open) {
            throw new StorageUnavailableException("the database's circuit breaker is open", open);
        }
    }

    private static <T> T attempt(TransactionRunnerOptions unit, Supplier<T> work) {
        boolean[] committing = {false};
        try {
            // Any failure undoes the unit, checked or not: the port promises all or nothing, not "all but on X".
            return unit.exceptionHandler(failure -> TransactionExceptionResult.ROLLBACK).call(() -> {
                T result = work.get();
                // Every statement runs now, inside the work: whatever fails after this is the commit itself, whose
                // outcome a lost connection leaves unknown. Before it, a failure means nothing was written.
                Panache.getEntityManager().flush();
                committing[0] = true;
                return result;
            });
        } catch (RuntimeException failure) {
            throw DatabaseFailures.translate(failure, committing[0]);
        }
    }
}
