package dev.stride.application.port.in;

import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.stats.Period;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.WeekStart;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.Violations;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A user's statistics, bucketed by {@code period}, over a range that {@link #rangeOn} completes with the defaults
 * (the dates are optional: the defaults depend on today). Built from raw query parameters by {@link #of}, which
 * reports every broken rule at once; a range given by both dates is checked against the bucket limit here too.
 */
public record StatisticsQuery(UserId owner, Period period, WeekStart weekStart, LocalDate from, LocalDate to,
        String type, String tag) {

    public static final Period DEFAULT_PERIOD = Period.DAY;
    public static final WeekStart DEFAULT_WEEK_START = WeekStart.MONDAY;

    public StatisticsQuery {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(weekStart, "weekStart");
        if (from != null && to != null) {
            StatsRange.covering(period, weekStart, from, to);
        }
        if (type != null) {
            ActivityType.parse(type, "type");
        }
        if (tag != null && !Tags.normaliseOne(tag, "tag").equals(tag)) {
            throw new IllegalArgumentException("a tag filter must be normalised: " + tag);
        }
    }

    /** Checks the parameters as a client sent them; absent (null) ones take their defaults or do not filter. */
    public static StatisticsQuery of(UserId owner, String period, String weekStart, String from, String to,
            String type, String tag) {
        Violations violations = new Violations();
        Period checkedPeriod = period == null ? DEFAULT_PERIOD : violations.collect(() -> Period.parse(period, "period"));
        WeekStart checkedWeekStart = weekStart == null
                ? DEFAULT_WEEK_START
                : violations.collect(() -> WeekStart.parse(weekStart, "weekStart"));
        LocalDate fromDate = from == null ? null : violations.collect(() -> StatsRange.parseDate(from, "from"));
        LocalDate toDate = to == null ? null : violations.collect(() -> StatsRange.parseDate(to, "to"));
        String checkedType = type == null ? null : violations.collect(() -> ActivityType.parse(type, "type").value());
        String checkedTag = tag == null ? null : violations.collect(() -> Tags.normaliseOne(tag, "tag"));
        if (checkedPeriod != null && checkedWeekStart != null && fromDate != null && toDate != null) {
            violations.collect(() -> StatsRange.covering(checkedPeriod, checkedWeekStart, fromDate, toDate));
        }
        violations.throwIfAny();
        return new StatisticsQuery(owner, checkedPeriod, checkedWeekStart, fromDate, toDate, checkedType, checkedTag);
    }

    /** The whole buckets this query covers when today is {@code today} (UTC). */
    public StatsRange rangeOn(LocalDate today) {
        return StatsRange.resolve(period, weekStart, from, to, today);
    }

    /** Which of the owner's activities count within {@code range}. */
    public ActivityFilter filterOver(StatsRange range) {
        return new ActivityFilter(owner, type, tag, range.from(), range.to());
    }
}
