package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.AuditLog;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The audit trail: appended to, never changed. */
@ApplicationScoped
public class PanacheAuditLog implements AuditLog {

    /** The id breaks ties between entries of the same instant, so pages never overlap. */
    private static final Sort NEWEST_FIRST = Sort.descending("occurredAt", "id");

    private final PanacheTransactions transactions;

    PanacheAuditLog(PanacheTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "audit.record"})
    public void record(AuditEntry entry) {
        AuditEntryMapper.toNewEntity(entry).persist();
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "audit.list"})
    public Page<AuditEntry> list(PageRequest page) {
        return transactions.read(() -> {
            PanacheQuery<AuditEntryEntity> query = AuditEntryEntity.findAll(NEWEST_FIRST);
            long total = query.count();
            // Details load per page in one query thanks to @BatchSize on the map.
            List<AuditEntry> items = query.page(page.page() - 1, page.limit()).list().stream()
                    .map(AuditEntryMapper::toDomain).toList();
            return Page.of(items, page, total);
        });
    }
}
