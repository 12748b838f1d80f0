package dev.stride.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void windowsEndTodayAndCountTodayIn() {
        // February 2024 has 29 days: 30 days ending March 1st start on February 1st.
        assertThat(Summary.windows(date("2024-03-01"))).containsExactly(
                new DateRange(date("2024-02-24"), date("2024-03-01")),
                new DateRange(date("2024-02-01"), date("2024-03-01")),
                new DateRange(date("2024-01-01"), date("2024-03-01")),
                DateRange.ALL_TIME);
    }

    @Test
    void onNewYearsDayTheYearToDateIsThatDayAndTheOtherWindowsReachBack() {
        assertThat(Summary.windows(date("2025-01-01"))).containsExactly(
                new DateRange(date("2024-12-26"), date("2025-01-01")),
                new DateRange(date("2024-12-03"), date("2025-01-01")),
                new DateRange(date("2025-01-01"), date("2025-01-01")),
                DateRange.ALL_TIME);
    }

    @Test
    void theLastThirtyDaysCountTheLeapDay() {
        DateRange last30 = Summary.windows(date("2024-03-29")).get(1);

        assertThat(last30.from()).isEqualTo(date("2024-02-29"));
        assertThat(last30.contains(date("2024-02-29"))).isTrue();
        assertThat(last30.contains(date("2024-02-28"))).isFalse();
        assertThat(last30.contains(date("2024-03-30"))).isFalse();
    }

    @Test
    void allTimeContainsEveryDate() {
        assertThat(DateRange.ALL_TIME.contains(LocalDate.MIN)).isTrue();
        assertThat(DateRange.ALL_TIME.contains(LocalDate.MAX)).isTrue();
        assertThatThrownBy(() -> new DateRange(date("2024-01-02"), date("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheTotalsInWindowOrder() {
        Totals a = new Totals(1, 10, BigDecimal.ONE);
        Totals b = new Totals(2, 20, BigDecimal.TEN);
        Totals c = new Totals(3, 30, null);
        Totals d = new Totals(4, 40, null);

        assertThat(Summary.of(List.of(a, b, c, d))).isEqualTo(new Summary(a, b, c, d));
        assertThatThrownBy(() -> Summary.of(List.of(a, b, c))).isInstanceOf(IllegalArgumentException.class);
    }
}
