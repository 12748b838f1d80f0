package dev.stride.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.application.port.in.TokenPair;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "TokenResponse")
public record TokenResponse(
        @Schema(description = "RS256 JWT; sub is the user id, groups holds the tier") String accessToken,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Opaque; exchange it at POST /auth/refresh for the next pair (it works once) and send it"
                + " to POST /auth/logout to end this login. Valid 30 days by default. Absent when the session"
                + " store is unavailable at login: the client then has the access token alone and logs in again"
                + " when it expires.")
        String refreshToken,
        @Schema(examples = "Bearer") String tokenType,
        @Schema(description = "Seconds until the access token expires") long expiresIn) {

    public static TokenResponse from(TokenPair tokens) {
        return new TokenResponse(tokens.accessToken().value(), tokens.refreshToken(), "Bearer",
                tokens.accessToken().expiresInSeconds());
    }
}
