package dev.stride.application.port.in;

import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.Actor;

public interface ListAuditEntriesUseCase {

    /** Newest first. @throws dev.stride.domain.user.AdminRequiredException unless the actor is an admin */
    Page<AuditEntry> list(Actor admin, PageRequest page);
}
