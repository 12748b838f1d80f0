/**
 * Rate limits: which policies a request is counted against ({@link RatePolicies}), the quotas they give a caller
 * ({@link Quota}) and what a sliding window log of hits means for that caller ({@link QuotaState},
 * {@link RateDecision}).
 *
 * <p>Why a sliding window log: a quota of N per window means at most N hits in <em>any</em> window-long span, with
 * no edge to game (a fixed window lets 2N through around its boundary; a token bucket with a burst of N lets up to
 * 2N through in its first window; a sliding window counter only estimates). The log keeps one timestamp per counted
 * hit, so it needs memory proportional to the limit, which for limits in the hundreds per minute is small. It also
 * answers exactly when the next hit will be allowed (the oldest counted hit leaving the window), which is what
 * Retry-After promises.
 */
package dev.stride.domain.ratelimit;
