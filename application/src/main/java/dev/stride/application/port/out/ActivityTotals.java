package dev.stride.application.port.out;

import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.stats.DailyTotal;
import dev.stride.domain.stats.DateRange;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.user.UserId;
import java.util.List;

/**
 * Sums over a user's live (not soft-deleted) activities, computed where the activities are stored: an adapter
 * answers with aggregates and never loads the activities themselves, however many there are.
 */
public interface ActivityTotals {

    /**
     * The activities the filter selects, summed per activity date and type. Days and types without activities are
     * absent; the order is unspecified. A filter's null members do not filter; its dates are inclusive.
     */
    List<DailyTotal> perDayAndType(ActivityFilter filter);

    /**
     * The owner's activities summed within each range, all from one consistent read: the i-th totals belong to
     * the i-th range. An open bound does not limit that side.
     */
    List<Totals> within(UserId owner, List<DateRange> ranges);
}
