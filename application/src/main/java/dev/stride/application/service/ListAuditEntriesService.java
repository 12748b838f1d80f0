package dev.stride.application.service;

import dev.stride.application.port.in.ListAuditEntriesUseCase;
import dev.stride.application.port.out.AuditLog;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.Actor;

public class ListAuditEntriesService implements ListAuditEntriesUseCase {

    private final AuditLog audit;

    public ListAuditEntriesService(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Page<AuditEntry> list(Actor admin, PageRequest page) {
        admin.requireAdmin();
        return audit.list(page);
    }
}
