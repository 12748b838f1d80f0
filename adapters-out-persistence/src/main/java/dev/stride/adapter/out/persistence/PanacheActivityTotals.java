package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.ActivityTotals;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.stats.DailyTotal;
import dev.stride.domain.stats.DateRange;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.user.UserId;
import io.micrometer.core.annotation.Timed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Statistics as the database computes them: {@code COUNT} and {@code SUM} grouped in SQL (see {@link TotalsSql}), so
 * a user's activities are never loaded to be summed. The statements run on the connection of the current Hibernate
 * session, inside a read transaction like every other read of this module.
 */
@ApplicationScoped
public class PanacheActivityTotals implements ActivityTotals {

    private final PanacheTransactions transactions;
    private final EntityManager entityManager;

    PanacheActivityTotals(PanacheTransactions transactions, EntityManager entityManager) {
        this.transactions = transactions;
        this.entityManager = entityManager;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "totals.by-day"})
    public List<DailyTotal> perDayAndType(ActivityFilter filter) {
        TotalsSql query = TotalsSql.perDayAndType(filter);
        return run(query, rows -> {
            List<DailyTotal> days = new ArrayList<>();
            while (rows.next()) {
                days.add(new DailyTotal(rows.getObject(1, LocalDate.class), new ActivityType(rows.getString(2)),
                        new Totals(rows.getLong(3), rows.getLong(4), rows.getBigDecimal(5))));
            }
            return days;
        });
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "totals.windows"})
    public List<Totals> within(UserId owner, List<DateRange> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        TotalsSql query = TotalsSql.within(owner, ranges);
        return run(query, rows -> {
            rows.next(); // an aggregate without GROUP BY always answers one row
            List<Totals> totals = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) {
                int column = 3 * i + 1;
                totals.add(new Totals(rows.getLong(column), rows.getLong(column + 1),
                        rows.getBigDecimal(column + 2)));
            }
            return totals;
        });
    }

    private <T> T run(TotalsSql query, RowReader<T> reader) {
        return transactions.read(() -> entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = query.prepare(connection);
                    ResultSet rows = statement.executeQuery()) {
                return reader.read(rows);
            }
        }));
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws java.sql.SQLException;
    }
}
