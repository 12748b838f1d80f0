package dev.stride.application.port.out;

import dev.stride.domain.user.UserId;
import java.util.function.Consumer;

/**
 * Tells every replica that an account changed (deleted, restored, re-tiered), so that each forgets what it cached
 * of it at once instead of when its entry expires. Delivery is best effort: a replica that misses an announcement
 * (Redis down, a dropped connection) still sees the change when its entry expires.
 */
public interface AccountChangeBroadcast {

    /** Announces a change to every listener, in this process and in the others. Never throws. */
    void announce(UserId user);

    /**
     * Registers the listener of this process. {@code resync} runs when announcements may have been missed (the
     * connection to the other replicas was lost and is back): the listener should then forget everything.
     */
    void listen(Consumer<UserId> changed, Runnable resync);
}
