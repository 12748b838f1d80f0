package dev.stride.adapter.out.persistence;

import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.stats.DateRange;
import dev.stride.domain.user.UserId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The aggregate statements of {@link PanacheActivityTotals}: plain SQL that PostgreSQL and H2 both understand, each
 * with its parameters. Both select a user's live rows by {@code user_id}, {@code deleted_at is null} and a range of
 * {@code activity_date}: exactly the leading columns and the predicate of the partial index
 * {@code ix_activities_live}, so PostgreSQL reads only that user's live rows of that range.
 */
record TotalsSql(String sql, List<Object> parameters) {

    private static final String LIVE_ROWS_OF_USER = "from activities a where a.user_id = ? and a.deleted_at is null";

    TotalsSql {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
    }

    /** Per activity date and type: date, type, count, minutes, kilometres (null when no row has a distance). */
    static TotalsSql perDayAndType(ActivityFilter filter) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select a.activity_date, a.activity_type, count(*),"
                + " sum(a.duration_minutes), sum(a.distance_km) ").append(LIVE_ROWS_OF_USER);
        parameters.add(filter.owner().value());
        appendDateBounds(sql, parameters, filter.from(), filter.to());
        if (filter.type() != null) {
            sql.append(" and a.activity_type = ?");
            parameters.add(filter.type());
        }
        if (filter.tag() != null) {
            sql.append(" and exists (select 1 from activity_tags t where t.activity_id = a.id and t.tag = ?)");
            parameters.add(filter.tag());
        }
        sql.append(" group by a.activity_date, a.activity_type");
        return new TotalsSql(sql.toString(), parameters);
    }

    /**
     * One row with three columns per range, in the ranges' order: count, minutes, kilometres (the last two null
     * when nothing counts). One statement reads every range, so the totals agree with each other.
     */
    static TotalsSql within(UserId owner, List<DateRange> ranges) {
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("at least one range");
        }
        List<Object> parameters = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (DateRange range : ranges) {
            List<Object> conditionParameters = new ArrayList<>();
            String condition = condition(range, conditionParameters);
            if (condition == null) {
                columns.add("count(*)");
                columns.add("sum(a.duration_minutes)");
                columns.add("sum(a.distance_km)");
            } else {
                columns.add("count(case when " + condition + " then 1 end)");
                columns.add("sum(case when " + condition + " then a.duration_minutes end)");
                columns.add("sum(case when " + condition + " then a.distance_km end)");
                for (int i = 0; i < 3; i++) {
                    parameters.addAll(conditionParameters);
                }
            }
        }
        StringBuilder sql = new StringBuilder("select ").append(String.join(", ", columns)).append(' ')
                .append(LIVE_ROWS_OF_USER);
        parameters.add(owner.value());
        // Rows outside every range need not be read at all.
        LocalDate earliest = ranges.stream().allMatch(range -> range.from() != null)
                ? ranges.stream().map(DateRange::from).min(LocalDate::compareTo).orElseThrow()
                : null;
        LocalDate latest = ranges.stream().allMatch(range -> range.to() != null)
                ? ranges.stream().map(DateRange::to).max(LocalDate::compareTo).orElseThrow()
                : null;
        appendDateBounds(sql, parameters, earliest, latest);
        return new TotalsSql(sql.toString(), parameters);
    }

    /** Prepares the statement on {@code connection} with every parameter bound. */
    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
        return statement;
    }

    private static String condition(DateRange range, List<Object> parameters) {
        List<String> parts = new ArrayList<>();
        if (range.from() != null) {
            parts.add("a.activity_date >= ?");
            parameters.add(range.from());
        }
        if (range.to() != null) {
            parts.add("a.activity_date <= ?");
            parameters.add(range.to());
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    private static void appendDateBounds(StringBuilder sql, List<Object> parameters, LocalDate from, LocalDate to) {
        if (from != null) {
            sql.append(" and a.activity_date >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" and a.activity_date <= ?");
            parameters.add(to);
        }
    }
}
