package dev.stride.application.port.in;

import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.Dates;
import dev.stride.domain.validation.Violations;
import java.time.LocalDate;
import java.util.Objects;

/** A page of a user's live activities, filtered. Built from raw query parameters by {@link #of}. */
public record ListActivitiesQuery(ActivityFilter filter, PageRequest page) {

    public ListActivitiesQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }

    /** Checks filter parameters as a client sent them; absent (null) ones do not filter. */
    public static ListActivitiesQuery of(UserId owner, String type, String tag, String from, String to,
            PageRequest page) {
        Violations violations = new Violations();
        String checkedType = type == null ? null : violations.collect(() -> ActivityType.parse(type, "type").value());
        String checkedTag = tag == null ? null : violations.collect(() -> Tags.normaliseOne(tag, "tag"));
        LocalDate fromDate = from == null ? null : violations.collect(() -> parseDate(from, "from"));
        LocalDate toDate = to == null ? null : violations.collect(() -> parseDate(to, "to"));
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            violations.add("from", "must not be after to");
        }
        violations.throwIfAny();
        return new ListActivitiesQuery(new ActivityFilter(owner, checkedType, checkedTag, fromDate, toDate), page);
    }

    static LocalDate parseDate(String raw, String field) {
        return Dates.parse(raw, field);
    }
}
