package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.ratelimit.QuotaState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rate limit as the caller stands against it. */
public record PolicyLimitResponse(
        @Schema(description = "The policy's name, as in the RateLimit-Policy response field") String name,
        @Schema(description = "Requests allowed per window") int limit,
        @Schema(description = "The window the limit is given for: a burst of"
                + " up to limit requests, then one more every windowSeconds / limit") long windowSeconds,
        @Schema(description = "Requests left now") int remaining,
        @Schema(description = "Seconds until the whole limit is available again (0: it is)") long resetSeconds) {

    public static PolicyLimitResponse from(QuotaState state) {
        return new PolicyLimitResponse(state.quota().policy(), state.quota().limit(), state.quota().windowSeconds(),
                state.remaining(), state.resetSeconds());
    }
}
