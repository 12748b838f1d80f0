package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DeadlineExceededException;
import dev.stride.application.port.out.RequestDeadline;
import dev.stride.application.port.out.StorageUnavailableException;
import dev.stride.application.port.out.Transactions;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import io.quarkus.narayana.jta.TransactionRunnerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
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
    private final RequestDeadline deadline;
    private final boolean postgresql;

    PanacheTransactions(DatabaseGuard guard, RequestDeadline deadline, DatabaseKind database) {
        this.guard = guard;
        this.deadline = deadline;
        this.postgresql = database.postgresql();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (QuarkusTransaction.isActive()) {
            // Joined: the outermost unit is the one guarded, and the one repeated.
            return allOrNothing(QuarkusTransaction.joiningExisting()).call(work::get);
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
            timeLeft();
            try {
                return read.get();
            } catch (RuntimeException failure) {
                throw translated(failure, false);
            }
        });
    }

    /**
     * How long a statement of this request may run, in whole seconds as JDBC counts them (rounded up, at least 1);
     * empty outside a request.
     */
    OptionalInt statementTimeoutSeconds() {
        return deadline.remaining()
                .map(left -> OptionalInt.of((int) Math.max(1, (left.toMillis() + 999) / 1000)))
                .orElse(OptionalInt.empty());
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

    private <T> T attempt(TransactionRunnerOptions unit, Supplier<T> work) {
        Optional<Duration> left = timeLeft();
        boolean[] committing = {false};
        try {
            return allOrNothing(unit).call(() -> {
                left.ifPresent(this::limitStatements);
                T result = work.get();
                // Every statement runs now, inside the work: whatever fails after this is the commit itself, whose
                // outcome a lost connection leaves unknown. Before it, a failure means nothing was written.
                Panache.getEntityManager().flush();
                committing[0] = true;
                return result;
            });
        } catch (RuntimeException failure) {
            throw translated(failure, committing[0]);
        }
    }

    /** Any failure undoes the unit, checked or not: the port promises all or nothing, not "all but on X". */
    private static TransactionRunnerOptions allOrNothing(TransactionRunnerOptions unit) {
        return unit.exceptionHandler(failure -> TransactionExceptionResult.ROLLBACK);
    }

    /** What is left of the request's deadline; a request past it does no more database work. */
    private Optional<Duration> timeLeft() {
        Optional<Duration> left = deadline.remaining();
        if (left.isPresent() && (left.get().isNegative() || left.get().isZero())) {
            throw new DeadlineExceededException("the request's deadline passed before its database work", null);
        }
        return left;
    }

    /**
     * Every statement of the unit may run for what is left of the deadline, lock waits included: PostgreSQL cancels
     * it then (57014), and the worker thread is free when the client gets its 504. H2, embedded, is not waited on.
     */
    private void limitStatements(Duration left) {
        if (postgresql) {
            Panache.getEntityManager().createNativeQuery("select set_config('statement_timeout', ?1, true)")
                    .setParameter(1, left.toMillis() + "ms")
                    .getSingleResult();
        }
    }

    private RuntimeException translated(RuntimeException failure, boolean committing) {
        RuntimeException translated = DatabaseFailures.translate(failure, committing);
        Optional<Duration> left = deadline.remaining();
        if (DatabaseFailures.repeatable(translated) && left.isPresent() && (left.get().isNegative() || left.get().isZero())) {
            // Another try could only end after the client was answered.
            return new DeadlineExceededException("the request's deadline passed; not retried", translated);
        }
        return translated;
    }
}
