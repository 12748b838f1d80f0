package dev.stride.adapter.in.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "RefreshRequest")
public record RefreshRequest(
        @Schema(required = true, description = "A refresh token from POST /auth/login or POST /auth/refresh")
        String refreshToken) {
}
