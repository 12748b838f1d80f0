package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.InMemoryRateCounter;
import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateCounterUnavailableException;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.QuotaState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
        public CompletionStage<Admission> admit(List<Quota> quotas, Instant now) {
            return CompletableFuture.failedFuture(refused());
        }

        @Override
        public CompletionStage<List<QuotaState>> states(List<Quota> quotas, Instant now) {
            throw refused();
        }

        private RateCounterUnavailableException refused() {
            return new RateCounterUnavailableException(new IllegalStateException("connection refused"));
        }
    };

    @Test
    void twoReplicasEachAdmitHalfALimitInMemoryAndReportTheirHitsForTheFleet() {
        RateCounter replicaA = guarded(2);
        RateCounter replicaB = guarded(2);

        List<Boolean> admitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            admitted.add(admit(replicaA, NOW.plusMillis(i)).admitted());
            admitted.add(admit(replicaB, NOW.plusMillis(i)).admitted());
        }

        assertThat(admitted.stream().filter(Boolean::booleanValue).count()).isEqualTo(10);
        assertThat(replicaA.states(List.of(TEN_A_MINUTE), NOW.plusSeconds(1)).toCompletableFuture().join().get(0)
                .remaining()).as("this replica's share used up: the whole limit, as far as clients can tell").isZero();
    }

    @Test
    void aReplicasHitsCountForAllOfThemInItsAnswers() {
        RateCounter replica = guarded(2);

        RateCounter.Admission first = admit(replica, NOW);

        assertThat(first.admitted()).isTrue();
        assertThat(first.states().get(0).remaining()).as("4 of a share of 5 left: 8 of 10").isEqualTo(8);
    }

    @Test
    void withOneReplicaTheWholeLimitIsAdmittedInMemory() {
        RateCounter replica = guarded(1);
        int admitted = 0;
        for (int i = 0; i < 12; i++) {
            admitted += admit(replica, NOW.plusMillis(i)).admitted() ? 1 : 0;
        }

        assertThat(admitted).isEqualTo(10);
    }

    private static RateCounter.Admission admit(RateCounter counter, Instant at) {
        return counter.admit(List.of(TEN_A_MINUTE), at).toCompletableFuture().join();
    }

    private static RateCounter guarded(int replicas) {
        return new GuardedRateCounter(DOWN, new InMemoryRateCounter(), new RateLimitBreaker(Duration.ofSeconds(5)), new SimpleMeterRegistry(),
                replicas);
    }
}
