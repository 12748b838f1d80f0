package dev.stride.adapter.out.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.RateCounter;
import dev.stride.testing.contract.RateCounterContract;
import dev.stride.domain.ratelimit.Quota;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryRateCounterTest extends RateCounterContract {

    private final InMemoryRateCounter counter = new InMemoryRateCounter();

    @Override
    protected RateCounter counter() {
        return counter;
    }

    @Test
    void cleanupDropsCountersWhoseHitsHaveAllLeftTheirWindow() {
        Quota shortOne = quota(5, Duration.ofSeconds(10));
        Quota longOne = quota(5, MINUTE);
        counter.admit(List.of(shortOne), T0);
        counter.admit(List.of(longOne), T0);

        assertThat(counter.removeExpired(T0.plusSeconds(10))).isEqualTo(1);
        assertThat(counter.counters()).isEqualTo(1);
        assertThat(counter.removeExpired(T0.plusSeconds(60))).isEqualTo(1);
        assertThat(counter.counters()).isZero();
    }
}
