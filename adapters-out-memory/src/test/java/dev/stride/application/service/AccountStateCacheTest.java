package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.adapter.out.memory.InMemoryAccountChangeBroadcast;
import dev.stride.testing.ManualTimeSource;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccountStateCacheTest {

    private final ManualTimeSource time = new ManualTimeSource(Instant.parse("2024-03-01T08:00:00Z"));
    private final InMemoryAccountChangeBroadcast replicas = new InMemoryAccountChangeBroadcast();
    private final AccountStateCache cache = new AccountStateCache(time, Duration.ofSeconds(30), 3, replicas);
    private final UserId id = UserId.newId();
    private final Optional<Actor> live = Optional.of(new Actor(id, Tier.FREE));
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<Actor> load() {
        loads.incrementAndGet();
        return live;
    }

    @Test
    void aHitCostsNoLoadUntilTheEntryExpires() {
        cache.get(id, this::load);
        cache.get(id, this::load);
        time.advance(Duration.ofSeconds(29));
        assertThat(cache.get(id, this::load)).isEqualTo(live);
        assertThat(loads).hasValue(1);

        time.advance(Duration.ofSeconds(1));
        cache.get(id, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void absentAccountsAreCachedToo() {
        cache.get(id, () -> {
            loads.incrementAndGet();
            return Optional.empty();
        });
        assertThat(cache.get(id, this::load)).isEmpty();
        assertThat(loads).hasValue(1);
    }

    @Test
    void anEvictedAccountIsLoadedAfresh() {
        cache.get(id, this::load);
        cache.evict(id);
        cache.get(id, this::load);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeOnOneReplicaIsForgottenByTheOthersAtOnce() {
        AccountStateCache otherReplica = new AccountStateCache(time, Duration.ofSeconds(30), 3, replicas);
        otherReplica.get(id, this::load);

        cache.evict(id);
        otherReplica.get(id, this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void aResyncForgetsEveryAccount() {
        Runnable[] resync = new Runnable[1];
        AccountStateCache replica = new AccountStateCache(time, Duration.ofSeconds(30), 3,
                new dev.stride.application.port.out.AccountChangeBroadcast() {
                    @Override
                    public void announce(UserId user) {
                    }

                    @Override
                    public void listen(java.util.function.Consumer<UserId> changed, Runnable onResync) {
                        resync[0] = onResync;
                    }
                });
        replica.get(id, this::load);

        resync[0].run();
        replica.get(id, this::load);

        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadThatRacedWithAnEvictionIsNotKept() {
        Optional<Actor> stale = cache.get(id, () -> {
            cache.evict(id);
            return live;
        });

        assertThat(stale).isEqualTo(live);
        cache.get(id, this::load);
        assertThat(loads).hasValue(1);
    }

    @Test
    void theCacheStaysSmall() {
        for (int i = 0; i < 10; i++) {
            UserId other = UserId.newId();
            cache.get(other, () -> Optional.of(new Actor(other, Tier.FREE)));
        }
        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }
}
