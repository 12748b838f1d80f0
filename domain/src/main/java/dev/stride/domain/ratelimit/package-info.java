/**
 * Rate limits: which policies a request is counted against ({@link RatePolicies}), the quotas they give a caller
 * ({@link Quota}) and what the caller's counters mean for it ({@link QuotaState},
 * {@link RateDecision}).
 *
 * <p>Why GCRA ({@link Gcra}) and not a sliding window log, which this replaced: the log keeps one timestamp per
 * counted hit and trims itself on every request, so its cost grows with the limit; GCRA keeps one number per quota
 * and answers Retry-After just as exactly. What it allows differs at the edges: the log admits at most N in any
 * window-long span; GCRA admits a burst of N and then the steady rate N per window: in any span of length L at
 * most N + L·N/W, so up to 2N-1 in a window that starts with a full burst, and the rate N per window over any long
 * run. Neither has a window boundary to game, which a fixed window has.
 */
package dev.stride.domain.ratelimit;
