package dev.stride.adapter.out.metrics;

import dev.stride.application.port.out.RateLimitEvents;
import dev.stride.domain.ratelimit.QuotaState;
import dev.stride.domain.ratelimit.RateCaller;
import dev.stride.domain.ratelimit.RateDecision;
import dev.stride.domain.ratelimit.RatePolicies;
import dev.stride.domain.ratelimit.RatePolicy;
import dev.stride.domain.user.Tier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Rate limit decisions as {@code ratelimit_requests_total{policy, decision="allowed|rejected", tier}}: an allowed
 * request counts once per policy it was counted against, a refused one once per policy that refused it. Every
 * refusal is logged with the policy and the caller (a user id or an address, nothing else); the request id comes
 * from the logging context.
 */
public class MicrometerRateLimitEvents implements RateLimitEvents {

    private static final Logger LOG = Logger.getLogger("dev.stride.ratelimit");

    private static final List<String> TIERS = Stream.concat(Stream.of(RateCaller.ANONYMOUS),
            Arrays.stream(Tier.values()).map(Tier::wireName)).toList();

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    /** The counters of every policy and tier it limits exist from the start, at 0: dashboards show 0, not nothing. */
    public MicrometerRateLimitEvents(MeterRegistry registry, RatePolicies policies) {
        this.registry = registry;
        for (RatePolicy policy : policies.all()) {
            for (String tier : TIERS) {
                if (policy.limitFor(tier).isPresent()) {
                    counter(policy.name(), "allowed", tier);
                    counter(policy.name(), "rejected", tier);
                }
            }
        }
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
        counter(state.quota().policy(), decision, tier).increment();
    }

    /** Looked up by a plain key first: the registry's own look-up builds and hashes the meter's id on every call. */
    private Counter counter(String policy, String decision, String tier) {
        return counters.computeIfAbsent(policy + '|' + decision + '|' + tier, key -> registry.counter(
                "ratelimit.requests", "policy", policy, "decision", decision, "tier", tier));
    }
}
