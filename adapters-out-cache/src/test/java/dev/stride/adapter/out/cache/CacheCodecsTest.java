package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.testing.contract.ContractFixtures;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.stats.DailyTotal;
import dev.stride.domain.stats.Period;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Summary;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.stats.WeekStart;
import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheCodecsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 28);

    private static Activity activity() {
        return ContractFixtures.activity(UserId.newId(), ContractFixtures.details("running", DAY, "a", "b"),
                ContractFixtures.T0);
    }

    @Test
    void aPageOfActivitiesComesBackEqual() {
        Activity deleted = activity().softDelete(ContractFixtures.T0.plusSeconds(60));
        Page<Activity> page = Page.of(List.of(activity(), deleted), new PageRequest(2, 2), 7);

        CacheCodec.Decoded<Page<Activity>> decoded =
                CacheCodecs.ACTIVITY_PAGE.decode(CacheCodecs.ACTIVITY_PAGE.encode(42, page));

        assertThat(decoded.version()).isEqualTo(42);
        assertThat(decoded.value()).usingRecursiveComparison().isEqualTo(page);
    }

    @Test
    void statisticsComeBackEqual() {
        StatsRange range = StatsRange.covering(Period.WEEK, WeekStart.SUNDAY, LocalDate.of(2024, 2, 18),
                LocalDate.of(2024, 3, 2));
        Statistics statistics = Statistics.assemble(range, List.of(
                new DailyTotal(DAY, new ActivityType("running"), new Totals(2, 90, new BigDecimal("12.345"))),
                new DailyTotal(DAY, new ActivityType("cycling"), new Totals(1, 60, BigDecimal.ZERO))));

        Statistics decoded = CacheCodecs.STATISTICS.decode(CacheCodecs.STATISTICS.encode(3, statistics)).value();

        assertThat(decoded).isEqualTo(statistics);
    }

    @Test
    void aSummaryComesBackEqual() {
        Summary summary = new Summary(new Totals(1, 30, new BigDecimal("5.000")), Totals.ZERO,
                new Totals(3, 100, new BigDecimal("20.5")), new Totals(9, 400, new BigDecimal("80.125")));

        assertThat(CacheCodecs.SUMMARY.decode(CacheCodecs.SUMMARY.encode(1, summary)).value()).isEqualTo(summary);
    }

    @Test
    void textThatIsNoEntryIsRefused() {
        assertThatThrownBy(() -> CacheCodecs.SUMMARY.decode("{\"x\":1}")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> CacheCodecs.ACTIVITY.decode("[")).isInstanceOf(RuntimeException.class);
    }
}
