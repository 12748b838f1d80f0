package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.ratelimit.QuotaState;
import java.util.List;

/** {@code GET /me/limits}: the caller's rate limits. */
public record LimitsResponse(List<PolicyLimitResponse> policies) {

    public static LimitsResponse from(List<QuotaState> states) {
        return new LimitsResponse(states.stream().map(PolicyLimitResponse::from).toList());
    }
}
