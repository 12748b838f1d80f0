package dev.stride.domain.ratelimit;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer for one request: allowed (one hit counted against every quota) or not (nothing counted), with the
 * state of every quota afterwards. An empty decision (no policy applies) is allowed.
 */
public record RateDecision(boolean allowed, List<QuotaState> states) {

    /** Least remaining first; of equals, the one that takes longest to refill. */
    private static final Comparator<QuotaState> TIGHTEST = Comparator.comparingInt(QuotaState::remaining)
            .thenComparing(QuotaState::resetAfter, Comparator.reverseOrder());

    public RateDecision {
        Objects.requireNonNull(states, "states");
        states = List.copyOf(states);
        if (!allowed && states.stream().noneMatch(QuotaState::exhausted)) {
            throw new IllegalArgumentException("a refusal needs an exhausted quota");
        }
    }

    public static RateDecision unlimited() {
        return new RateDecision(true, List.of());
    }

    /** The quota the caller is closest to exceeding: the one the X-RateLimit-* headers describe. */
    public Optional<QuotaState> tightest() {
        return states.stream().min(TIGHTEST);
    }

    /** The quotas that refused the request (none when it was allowed). */
    public List<QuotaState> refusedBy() {
        return allowed ? List.of() : states.stream().filter(QuotaState::exhausted).toList();
    }

    /** Seconds until every refusing quota has room again: the Retry-After of a refusal (0 when allowed). */
    public long retryAfterSeconds() {
        return refusedBy().stream().mapToLong(QuotaState::retryAfterSeconds).max().orElse(0);
    }

    /** The decision of this request followed by another check of the same request (e.g. one that needed the body). */
    public RateDecision and(RateDecision next) {
        List<QuotaState> all = new java.util.ArrayList<>(states);
        all.addAll(next.states);
        return new RateDecision(allowed && next.allowed, all);
    }
}
