package dev.stride.adapter.in.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "RegisterRequest")
public record RegisterRequest(
        @Schema(required = true, maxLength = 254, description = "Trimmed and lower-cased", examples = "ada@example.com")
        String email,
        @Schema(required = true, minLength = 10, maxLength = 128) String password,
        @Schema(maxLength = 100, nullable = true) String displayName) {
}
