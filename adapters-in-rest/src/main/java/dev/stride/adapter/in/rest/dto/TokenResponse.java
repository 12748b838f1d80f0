package dev.stride.adapter.in.rest.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(description = "RS256 JWT; sub is the user id, groups holds the tier") String accessToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires") long expiresIn) {

    public static TokenResponse bearer(String accessToken, long expiresIn) {
        return new TokenResponse(accessToken, "Bearer", expiresIn);
    }
}
