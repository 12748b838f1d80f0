package dev.stride.application.port.in;

import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateCaller;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** What a caller may still do: every per-caller quota of the caller's tier, counting nothing. */
public interface GetRateLimitsUseCase {

    CompletionStage<List<QuotaState>> limitsOf(RateCaller caller);
}
