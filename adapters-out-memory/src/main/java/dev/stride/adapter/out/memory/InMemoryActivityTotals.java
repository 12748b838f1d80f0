package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.ActivityTotals;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.stats.DailyTotal;
import dev.stride.domain.stats.DateRange;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.user.UserId;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sums over the activities an {@link InMemoryActivityStore} holds; in memory, summing in Java is the aggregate. */
public class InMemoryActivityTotals implements ActivityTotals {

    private final InMemoryActivityStore activities;

    public InMemoryActivityTotals(InMemoryActivityStore activities) {
        this.activities = activities;
    }

    @Override
    public List<DailyTotal> perDayAndType(ActivityFilter filter) {
        record Day(LocalDate date, ActivityType type) {
        }
        Map<Day, Totals> days = new HashMap<>();
        for (Activity activity : activities.live(filter)) {
            ActivityDetails details = activity.details();
            days.merge(new Day(details.activityDate(), details.type()), contribution(details), Totals::plus);
        }
        return days.entrySet().stream()
                .map(day -> new DailyTotal(day.getKey().date(), day.getKey().type(), day.getValue()))
                .toList();
    }

    @Override
    public List<Totals> within(UserId owner, List<DateRange> ranges) {
        // One read for every range, as a database answers them from one statement.
        List<ActivityDetails> all = activities.live(ActivityFilter.allOf(owner)).stream().map(Activity::details)
                .toList();
        return ranges.stream()
                .map(range -> all.stream()
                        .filter(details -> range.contains(details.activityDate()))
                        .map(InMemoryActivityTotals::contribution)
                        .reduce(Totals.ZERO, Totals::plus))
                .toList();
    }

    private static Totals contribution(ActivityDetails details) {
        return Totals.ofOne(details.durationMinutes(), details.distanceKm());
    }
}
