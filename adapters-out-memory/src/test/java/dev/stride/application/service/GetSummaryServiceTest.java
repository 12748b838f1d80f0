package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.InMemoryActivityTotals;
import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.SummaryQuery;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.stats.Summary;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Today is Wednesday 2024-02-28 (UTC). Each activity's minutes are a distinct power of two, so every expected sum
 * names exactly which activities it counts.
 */
class GetSummaryServiceTest {

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private GetSummaryService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new GetSummaryService(new InMemoryActivityTotals(world.activities), world.time);
    }

    private Activity log(UserId owner, int minutes, String km, String date) {
        return world.logged(owner, new ActivityInput("running", minutes, km == null ? null : new BigDecimal(km),
                null, date, List.of()));
    }

    private static Totals totals(long count, long minutes, String km) {
        return new Totals(count, minutes, new BigDecimal(km));
    }

    @Test
    void eachWindowEndsTodayAndAllTimeHasNoEnd() {
        log(ann, 1, "0.001", "2024-02-29");    // tomorrow: all time only
        log(ann, 2, "0.010", "2024-02-28");    // today
        log(ann, 4, "0.100", "2024-02-22");    // 6 days before today: the last 7 days' first
        log(ann, 8, "1", "2024-02-21");        // 7 days before
        log(ann, 16, "10", "2024-01-30");      // 29 days before: the last 30 days' first
        log(ann, 32, null, "2024-01-29");      // 30 days before
        log(ann, 64, "100", "2024-01-01");     // the year's first day
        log(ann, 128, "0", "2023-12-31");      // last year
        Activity trashed = log(ann, 256, "1000", "2024-02-28");
        world.trashed(ann, trashed.id());
        log(bob, 512, "500", "2024-02-28");

        Summary summary = service.summary(new SummaryQuery(ann));

        assertThat(summary.last7Days()).isEqualTo(totals(2, 6, "0.110"));
        assertThat(summary.last30Days()).isEqualTo(totals(4, 30, "11.110"));
        assertThat(summary.yearToDate()).isEqualTo(totals(6, 126, "111.110"));
        assertThat(summary.allTime()).isEqualTo(totals(8, 255, "111.111"));
    }

    @Test
    void onNewYearsDayTheYearToDateIsThatDay() {
        world.time.set(Instant.parse("2024-12-31T12:00:00Z"));
        log(ann, 1, "1", "2024-12-31");
        log(ann, 2, "2", "2025-01-01");
        world.time.set(Instant.parse("2025-01-01T00:00:00Z"));

        Summary summary = service.summary(new SummaryQuery(ann));

        assertThat(summary.yearToDate()).isEqualTo(totals(1, 2, "2"));
        assertThat(summary.last7Days()).isEqualTo(totals(2, 3, "3"));
    }

    @Test
    void someoneWithoutActivitiesHasZeroEverywhere() {
        log(ann, 1, "1", "2024-02-28");

        Summary summary = service.summary(new SummaryQuery(bob));

        assertThat(List.of(summary.last7Days(), summary.last30Days(), summary.yearToDate(), summary.allTime()))
                .containsOnly(Totals.ZERO);
    }
}
