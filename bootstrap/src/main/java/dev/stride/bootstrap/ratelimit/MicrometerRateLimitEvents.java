package dev.stride.bootstrap.ratelimit;

import dev.stride.application.port.out.RateLimitEvents;
import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

/**
 * Rate limit decisions as {@code ratelimit_requests_total{policy, decision="allowed|rejected", tier}}: an allowed
 * request counts once per policy it was counted against, a refused one once per policy that refused it. Every
 * refusal is logged with the policy and the caller (a user id or an address, nothing else); the request id comes
 * from the logging context.
 */
public class MicrometerRateLimitEvents implements RateLimitEvents {

    private static final Logger LOG = Logger.getLogger("dev.stride.ratelimit");

    private final MeterRegistry registry;

    public MicrometerRateLimitEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void decided(RateCaller caller, RateDecision decision) {
        String tier = caller.tierName();
        if (decision.allowed()) {
            for (QuotaState state : decision.states()) {
                count(state, "allowed", tier);
            }
            return;
        }
        for (QuotaState state : decision.refusedBy()) {
            count(state, "rejected", tier);
            LOG.infof("rate limit exceeded: policy=%s caller=%s retryAfter=%ds", state.quota().policy(),
                    caller.subject(), decision.retryAfterSeconds());
        }
    }

    private void count(QuotaState state, String decision, String tier) {
        registry.counter("ratelimit.requests", "policy", state.quota().policy(), "decision", decision, "tier", tier)
                .increment();
    }
}
