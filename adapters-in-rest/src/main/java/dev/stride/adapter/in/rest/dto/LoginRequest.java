package dev.stride.adapter.in.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "LoginRequest")
public record LoginRequest(@Schema(required = true) String email, @Schema(required = true) String password) {
}
