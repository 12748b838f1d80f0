package dev.stride.adapter.out.persistence;

import static dev.stride.testing.contract.ContractFixtures.freshUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.ActivityTotals;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.stats.Period;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Summary;
import dev.stride.domain.stats.WeekStart;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics statements on a realistically filled PostgreSQL table: one user with 10,000 activities over three
 * years (every twentieth deleted, a third tagged) among 90,000 rows of other users. The plans must read the
 * partial index {@code ix_activities_live}, never the whole table, and a week chart must take milliseconds.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class PostgresActivityTotalsPlanTest {

    private static final Logger LOG = Logger.getLogger(PostgresActivityTotalsPlanTest.class);
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    private static final int HEAVY_ACTIVITIES = 10_000;
    private static final int OTHER_USERS = 30;
    private static final int OTHER_ACTIVITIES_EACH = 3_000;
    /** Generous for a loaded two-core build machine; the report prints the real figure. */

    private static UserId heavy;

    @Inject
    ActivityTotals totals;

    @Inject
    UserStore users;

    @Inject
    Transactions transactions;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void seedOnce() throws SQLException {
        if (heavy != null) {
            return;
        }
        User user = freshUser();
        List<UUID> others = new ArrayList<>();
        transactions.inTransaction(() -> {
            users.insert(user);
            for (int i = 0; i < OTHER_USERS; i++) {
                User other = freshUser();
                users.insert(other);
                others.add(other.id().value());
            }
        });
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(insertActivities("(select ?::uuid as id) as u",
                    HEAVY_ACTIVITIES))) {
                insert.setObject(1, user.id().value());
                insert.executeUpdate();
            }
            Array ids = connection.createArrayOf("uuid", others.toArray());
            try (PreparedStatement insert = connection.prepareStatement(insertActivities("unnest(?::uuid[]) as u(id)",
                    OTHER_ACTIVITIES_EACH))) {
                insert.setArray(1, ids);
                insert.executeUpdate();
            }
            try (PreparedStatement tags = connection.prepareStatement("insert into activity_tags (activity_id,"
                    + " position, tag) select id, 0, 'tag-' || (duration_minutes % 5) from activities"
                    + " where user_id = ? and duration_minutes % 3 = 0")) {
                tags.setObject(1, user.id().value());
                tags.executeUpdate();
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("analyze activities");
                analyze.execute("analyze activity_tags");
            }
        }
        heavy = user.id();
    }

    /** {@code count} activities per user over 2023-2025, of three types; every twentieth one soft-deleted. */
    private static String insertActivities(String users, int count) {
        return "insert into activities (id, user_id, activity_type, duration_minutes, distance_km, notes,"
                + " activity_date, created_at, updated_at, deleted_at, version)"
                + " select gen_random_uuid(), u.id, (array['running', 'cycling', 'strength'])[1 + n % 3],"
                + " 20 + n % 100, case when n % 3 = 2 then null else (n % 20000) / 1000.0 end, null,"
                + " date '2023-01-01' + (n % 1096), now(), now(), case when n % 20 = 0 then now() end, 1"
                + " from " + users + " cross join generate_series(1, " + count + ") as n";
    }

    @Test
    void theUsersRowsAreThere() throws SQLException {
        assertThat(queryColumn("select count(*) from activities where user_id = '" + heavy.value()
                + "' and deleted_at is null")).containsExactly("9500");
        assertThat(totals.within(heavy, List.of(Summary.windows(TODAY).get(3))).get(0).count()).isEqualTo(9500);
    }

    @Test
    void weekStatisticsReadThePartialIndex() throws SQLException {
        assertReadsTheLiveIndex("12 weeks", TotalsSql.perDayAndType(filter(Period.WEEK, null, null)));
    }

    @Test
    void filteredStatisticsReadThePartialIndex() throws SQLException {
        assertReadsTheLiveIndex("12 weeks, type and tag", TotalsSql.perDayAndType(filter(Period.WEEK, "running",
                "tag-2")));
    }

    @Test
    void theLongestRangesReadThePartialIndex() throws SQLException {
        StatsRange days = StatsRange.covering(Period.DAY, WeekStart.MONDAY, TODAY.minusDays(365), TODAY);
        StatsRange months = StatsRange.covering(Period.MONTH, WeekStart.MONDAY, LocalDate.of(2023, 1, 1), TODAY);
        assertReadsTheLiveIndex("366 days", TotalsSql.perDayAndType(new ActivityFilter(heavy, null, null,
                days.from(), days.to())));
        assertReadsTheLiveIndex("36 months", TotalsSql.perDayAndType(new ActivityFilter(heavy, null, null,
                months.from(), months.to())));
    }

    @Test
    void theSummaryReadsThePartialIndex() throws SQLException {
        assertReadsTheLiveIndex("summary", TotalsSql.within(heavy, Summary.windows(TODAY)));
    }

    private ActivityFilter filter(Period period, String type, String tag) {
        StatsRange range = StatsRange.resolve(period, WeekStart.MONDAY, null, null, TODAY);
        return new ActivityFilter(heavy, type, tag, range.from(), range.to());
    }

    private void assertReadsTheLiveIndex(String name, TotalsSql query) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = new TotalsSql("explain (analyze, buffers, costs off) " + query.sql(),
                        query.parameters()).prepare(connection);
                ResultSet rows = explain.executeQuery()) {
            while (rows.next()) {
                plan.add(rows.getString(1));
            }
        }
        LOG.infof("plan of %s:%n%s%n%s", name, query.sql(), String.join("\n", plan));
        assertThat(String.join("\n", plan))
                .contains("ix_activities_live")
                .doesNotContain("Seq Scan on activities");
    }

    private List<String> queryColumn(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
