package dev.stride.domain.activity;

import dev.stride.domain.user.UserId;
import java.time.LocalDate;
import java.util.Objects;

/** Which of a user's live activities a list shows; null members do not filter. Dates are inclusive. */
public record ActivityFilter(UserId owner, String type, String tag, LocalDate from, LocalDate to) {

    public ActivityFilter {
        Objects.requireNonNull(owner, "owner");
    }

    public static ActivityFilter allOf(UserId owner) {
        return new ActivityFilter(owner, null, null, null, null);
    }
}
