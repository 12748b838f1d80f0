package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.audit.AuditEntry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "AuditEntry")
public record AuditEntryResponse(String id, String actorId,
        @Schema(examples = "activity.purged") String action, @Schema(examples = "activity") String targetType,
        String targetId, Instant at, Map<String, String> details) {

    public static AuditEntryResponse from(AuditEntry entry) {
        return new AuditEntryResponse(entry.id().toString(), entry.actorId().toString(), entry.action().code(),
                entry.targetType(), entry.targetId(), entry.at(), new TreeMap<>(entry.details()));
    }
}
