package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.AuditLog;
import dev.stride.testing.contract.AuditLogContract;
import dev.stride.application.port.out.Transactions;

class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryTransactions transactions = new InMemoryTransactions(audit);

    @Override
    protected AuditLog audit() {
        return audit;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
