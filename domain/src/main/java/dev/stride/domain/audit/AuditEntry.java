package dev.stride.domain.audit;

import dev.stride.domain.user.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A record that an admin did something that cannot be undone or that changes someone else's account. */
public record AuditEntry(
        UUID id, UserId actorId, AuditAction action, String targetType, String targetId, Instant at,
        Map<String, String> details) {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(at, "at");
        details = Map.copyOf(details);
    }

    public static AuditEntry of(UserId actor, AuditAction action, String targetType, String targetId, Instant at,
            Map<String, String> details) {
        return new AuditEntry(UUID.randomUUID(), actor, action, targetType, targetId, at, details);
    }
}
