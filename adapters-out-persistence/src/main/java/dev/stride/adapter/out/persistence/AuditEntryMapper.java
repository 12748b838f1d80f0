package dev.stride.adapter.out.persistence;

import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.user.UserId;

/** Translates between the domain's {@link AuditEntry} and its row. */
final class AuditEntryMapper {

    private AuditEntryMapper() {
    }

    static AuditEntry toDomain(AuditEntryEntity entity) {
        return new AuditEntry(entity.id, new UserId(entity.actorId), AuditAction.fromCode(entity.action),
                entity.targetType, entity.targetId, entity.occurredAt, entity.details);
    }

    static AuditEntryEntity toNewEntity(AuditEntry entry) {
        AuditEntryEntity entity = new AuditEntryEntity();
        entity.id = entry.id();
        entity.actorId = entry.actorId().value();
        entity.action = entry.action().code();
        entity.targetType = entry.targetType();
        entity.targetId = entry.targetId();
        entity.occurredAt = entry.at();
        entity.details.putAll(entry.details());
        return entity;
    }
}
