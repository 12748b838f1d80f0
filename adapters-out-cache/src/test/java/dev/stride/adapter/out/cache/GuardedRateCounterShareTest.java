package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.InMemoryRateCounter;
import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateCounterUnavailableException;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.WindowUsage;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * While Redis is away each replica admits its share of a limit, so that the replicas together stay within it; its
 * answers speak of the whole limit, as the shared counter's do.
 */
class GuardedRateCounterShareTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final Quota TEN_A_MINUTE = new Quota("activities-create", "user-1", 10, Duration.ofMinutes(1));

    /** Redis gone: every call fails. */
    private static final RateCounter DOWN = new RateCounter() {
        @Override
        public Admission admit(List<Quota> quotas, Instant now) {
            throw new RateCounterUnavailableException(new IllegalStateException("connection refused"));
        }

        @Override
        public List<WindowUsage> usage(List<Quota> quotas, Instant now) {
            throw new RateCounterUnavailableException(new IllegalStateException("connection refused"));
        }
    };

    @Test
    void twoReplicasEachAdmitHalfALimitInMemoryAndReportTheirHitsForTheFleet() {
        RateCounter replicaA = guarded(2);
        RateCounter replicaB = guarded(2);

        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            admitted.add(replicaA.admit(List.of(TEN_A_MINUTE), NOW.plusMillis(i)).admitted());
            admitted.add(replicaB.admit(List.of(TEN_A_MINUTE), NOW.plusMillis(i)).admitted());
        }

        assertThat(admitted.stream().filter(Boolean::booleanValue).count()).isEqualTo(10);
        assertThat(replicaA.usage(List.of(TEN_A_MINUTE), NOW.plusSeconds(1)).get(0).count())
                .as("this replica's share used up: the whole limit, as far as clients can tell").isEqualTo(10);
    }

    @Test
    void aReplicasHitsCountForAllOfThemInItsAnswers() {
        RateCounter replica = guarded(2);

        RateCounter.Admission first = replica.admit(List.of(TEN_A_MINUTE), NOW);

        assertThat(first.admitted()).isTrue();
        assertThat(first.usages().get(0).count()).isEqualTo(2);
    }

    @Test
    void withOneReplicaTheWholeLimitIsAdmittedInMemory() {
        RateCounter replica = guarded(1);
        int admitted = 0;
        for (int i = 0; i < 12; i++) {
            admitted += replica.admit(List.of(TEN_A_MINUTE), NOW.plusMillis(i)).admitted() ? 1 : 0;
        }

        assertThat(admitted).isEqualTo(10);
    }

    private static RateCounter guarded(int replicas) {
        return new GuardedRateCounter(DOWN, new InMemoryRateCounter(), new RateLimitBreaker(), new SimpleMeterRegistry(),
                replicas);
    }
}
