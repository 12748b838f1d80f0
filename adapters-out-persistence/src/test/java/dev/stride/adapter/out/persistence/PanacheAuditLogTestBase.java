package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.AuditLog;
import dev.stride.testing.contract.AuditLogContract;
import dev.stride.application.port.out.Transactions;
import jakarta.inject.Inject;

abstract class PanacheAuditLogTestBase extends AuditLogContract {

    @Inject
    AuditLog audit;

    @Inject
    Transactions transactions;

    @Override
    protected AuditLog audit() {
        return audit;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
