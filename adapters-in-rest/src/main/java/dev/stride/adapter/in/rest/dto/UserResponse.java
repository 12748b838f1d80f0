package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.user.User;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "User")
public record UserResponse(
        String id,
        String email,
        @Schema(nullable = true) String displayName,
        @Schema(enumeration = {"free", "premium", "admin"}) String tier,
        Instant createdAt) {

    public static UserResponse from(User user) {
        return new UserResponse(user.id().toString(), user.email().value(), user.displayName(),
                user.tier().wireName(), user.createdAt());
    }
}
