package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.Transactions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.TransactionExceptionResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** JTA transactions through Quarkus. A unit inside another joins it, so a use case calling another stays atomic. */
@ApplicationScoped
public class PanacheTransactions implements Transactions {

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        // Any failure undoes the unit, checked or not: the port promises all or nothing, not "all but on X".
        // Inside a joined transaction this marks the outer one rollback-only.
        return QuarkusTransaction.joiningExisting()
                .exceptionHandler(failure -> TransactionExceptionResult.ROLLBACK)
                .call(work::get);
    }

    /**
     * Runs a store's read in a transaction too, joining the caller's when there is one. Outside a transaction
     * Hibernate would fall back to a request-scoped session: that needs a CDI request context (absent on worker
     * and scheduler threads) and keeps what it loaded for the whole request, so a later read could see a stale row.
     */
    <T> T read(Supplier<T> query) {
        return inTransaction(query);
    }
}
