package dev.stride.testing.contract;

import dev.stride.application.port.out.AccountChangeBroadcast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.testing.Eventually;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountChangeBroadcast} must do: an announcement reaches the listeners of every process sharing
 * the broadcast, its own included. {@link #replica()} gives another process's view of the same broadcast.
 */
public abstract class AccountChangeBroadcastContract {

    protected abstract AccountChangeBroadcast broadcast();

    /** The same broadcast as another replica sees it. */
    protected abstract AccountChangeBroadcast replica();

    private static void awaitReceived(List<UserId> received, UserId expected) throws Exception {
        Eventually.holds(Duration.ofSeconds(10), Duration.ofMillis(20), () -> received.contains(expected));
        assertThat(received).contains(expected);
    }

    @Test
    void anAnnouncementReachesEveryReplica() throws Exception {
        List<UserId> here = new CopyOnWriteArrayList<>();
        List<UserId> there = new CopyOnWriteArrayList<>();
        broadcast().listen(here::add, () -> { });
        replica().listen(there::add, () -> { });
        UserId changed = UserId.newId();

        broadcast().announce(changed);

        awaitReceived(there, changed);
        awaitReceived(here, changed);
    }

    @Test
    void announcementsOfDifferentAccountsAreToldApart() throws Exception {
        List<UserId> there = new CopyOnWriteArrayList<>();
        replica().listen(there::add, () -> { });
        UserId first = UserId.newId();
        UserId second = UserId.newId();

        broadcast().announce(first);
        broadcast().announce(second);

        awaitReceived(there, second);
        awaitReceived(there, first);
    }
}
