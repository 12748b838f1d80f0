package dev.stride.adapter.in.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "TierRequest")
public record TierRequest(
        @Schema(required = true, enumeration = {"free", "premium"},
                description = "admin is not accepted: admins are the accounts listed in stride.admin-emails")
        String tier) {
}
