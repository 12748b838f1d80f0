package dev.stride.application.port.in;

import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;
import java.util.concurrent.CompletionStage;

/**
 * Counts a request against every rate limit policy that applies to it, and says whether it may go on. Both checks
 * answer without blocking: they are made on the request's event loop.
 */
public interface CheckRateLimitUseCase {

    /** The policies counting by caller or client address, for {@code method} and {@code path} (below /api/v1). */
    CompletionStage<RateDecision> checkRequest(RateCaller caller, String method, String path);

    /** The policies counting by the email a request names (a login's), once its body has been read. */
    CompletionStage<RateDecision> checkEmail(RateCaller caller, String method, String path, String email);
}
