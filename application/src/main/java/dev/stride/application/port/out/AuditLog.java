package dev.stride.application.port.out;

import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;

/** The append-only trail of admin actions. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first. */
    Page<AuditEntry> list(PageRequest page);
}
