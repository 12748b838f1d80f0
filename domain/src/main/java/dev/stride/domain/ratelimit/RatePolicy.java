package dev.stride.domain.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A named limit on the requests of one {@link Route}, counted per caller, address or email. The limit depends on
 * the caller's tier ({@code anonymous}, {@code free}, {@code premium}, {@code admin}); a tier with no limit of its
 * own takes {@code defaultLimit}, and a tier with neither is not limited by this policy.
 */
public record RatePolicy(String name, Route route, CountedBy countedBy, Map<String, Integer> tierLimits,
        OptionalInt defaultLimit, Duration window) {

    public RatePolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(countedBy, "countedBy");
        Objects.requireNonNull(defaultLimit, "defaultLimit");
        Objects.requireNonNull(window, "window");
        tierLimits = Map.copyOf(tierLimits);
        if (!name.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("a policy name is lower-case letters, digits and dashes: " + name);
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("policy " + name + ": the window must be positive");
        }
        tierLimits.forEach((tier, limit) -> requirePositive(name, tier, limit));
        defaultLimit.ifPresent(limit -> requirePositive(name, "default", limit));
    }

    /** The limit for a tier, when this policy limits that tier. */
    public OptionalInt limitFor(String tierName) {
        Integer limit = tierLimits.get(tierName);
        return limit != null ? OptionalInt.of(limit) : defaultLimit;
    }

    /** The quota this policy gives the caller, unless it does not limit the caller's tier. */
    public Optional<Quota> quotaFor(RateCaller caller, String subject) {
        OptionalInt limit = limitFor(caller.tierName());
        return limit.isPresent()
                ? Optional.of(new Quota(name, subject, limit.getAsInt(), window))
                : Optional.empty();
    }

    private static void requirePositive(String policy, String tier, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("policy " + policy + ": the " + tier + " limit must be at least 1");
        }
    }
}
