package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;

/**
 * The outcome of an idempotent create: the activity as the first request with the key created it, and whether this
 * request only replayed that outcome (nothing was created this time).
 */
public record CreatedActivity(Activity activity, boolean replayed) {
}
