package dev.stride.domain.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TotalsTest {

    @Test
    void zeroHasNoDistanceAtScaleThree() {
        assertThat(Totals.ZERO.count()).isZero();
        assertThat(Totals.ZERO.durationMinutes()).isZero();
        assertThat(Totals.ZERO.distanceKm()).isEqualTo(new BigDecimal("0.000"));
        assertThat(Totals.ZERO.isEmpty()).isTrue();
    }

    @Test
    void anAbsentDistanceCountsAsNone() {
        assertThat(Totals.ofOne(30, null)).isEqualTo(new Totals(1, 30, new BigDecimal("0.000")));
    }

    @Test
    void distancesKeepThreeDecimalsWhateverScaleTheyCameWith() {
        assertThat(new Totals(1, 1, new BigDecimal("5.2")).distanceKm()).isEqualTo(new BigDecimal("5.200"));
        assertThat(new Totals(1, 1, new BigDecimal("5.2500000000")).distanceKm()).isEqualTo(new BigDecimal("5.250"));
        assertThat(new Totals(1, 1, new BigDecimal("1E+3")).distanceKm()).isEqualTo(new BigDecimal("1000.000"));
        assertThat(new Totals(1, 1, new BigDecimal("5.2"))).isEqualTo(new Totals(1, 1, new BigDecimal("5.20")));
    }

    @Test
    void addsExactlyToTheMetre() {
        Totals sum = Totals.ofOne(30, new BigDecimal("0.001")).plus(Totals.ofOne(1440, new BigDecimal("999.999")))
                .plus(Totals.ofOne(45, null));

        assertThat(sum).isEqualTo(new Totals(3, 1515, new BigDecimal("1000.000")));
        assertThat(sum.plus(Totals.ZERO)).isEqualTo(sum);
        assertThat(sum.isEmpty()).isFalse();
    }

    @Test
    void neverHoldsLessThanNothing() {
        assertThatThrownBy(() -> new Totals(-1, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Totals(0, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Totals(0, 0, new BigDecimal("-0.001")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
