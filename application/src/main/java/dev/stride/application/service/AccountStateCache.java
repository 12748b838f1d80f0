package dev.stride.application.service;

import dev.stride.application.port.in.CheckAccountUseCase.KnownAccount;
import dev.stride.application.port.out.AccountChangeBroadcast;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the authenticated requests of this process know about accounts: live (with the effective tier) or not. A hit
 * costs a map look-up; a miss costs one read of the account. Entries live {@code ttl}. A change ({@link #evict}) is
 * seen by this process's next request and announced to the other replicas, which forget the account as soon as the
 * announcement arrives; should one be missed, {@code ttl} bounds how stale a replica may be.
 *
 * <p>A read that started before an eviction is not cached: otherwise it could put back what the eviction removed.
 */
public class AccountStateCache {

    private final TimeSource time;
    private final Duration ttl;
    private final int maxEntries;
    private final Map<UserId, Entry> entries = new ConcurrentHashMap<>();
    private final Object writeLock = new Object();
    private long evictions;

    private final AccountChangeBroadcast broadcast;

    public AccountStateCache(TimeSource time, Duration ttl, int maxEntries, AccountChangeBroadcast broadcast) {
        this.time = time;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.broadcast = broadcast;
        broadcast.listen(this::forget, this::forgetAll);
    }

    /** The cached state, or the loader's answer (cached for next time). */
    public Optional<Actor> get(UserId id, Supplier<Optional<Actor>> loader) {
        Instant now = time.now();
        Optional<KnownAccount> cached = cached(id, now);
        if (cached.isPresent()) {
            return cached.get().active();
        }
        long seen;
        synchronized (writeLock) {
            seen = evictions;
        }
        Optional<Actor> state = loader.get();
        synchronized (writeLock) {
            if (seen == evictions && !ttl.isZero()) {
                makeRoom(now);
                entries.put(id, new Entry(state, now.plus(ttl)));
            }
        }
        return state;
    }

    /** The cached state, empty on a miss. Never loads. */
    public Optional<KnownAccount> cached(UserId id) {
        return cached(id, time.now());
    }

    private Optional<KnownAccount> cached(UserId id, Instant now) {
        Entry entry = entries.get(id);
        return entry != null && now.isBefore(entry.expiresAt()) ? Optional.of(new KnownAccount(entry.state()))
                : Optional.empty();
    }

    /** The account changed: this process and every other replica forget it, so their next request reads it afresh. */
    public void evict(UserId id) {
        forget(id);
        broadcast.announce(id);
    }

    /** Forgets the account in this process only (another replica announced a change). */
    void forget(UserId id) {
        synchronized (writeLock) {
            evictions++;
            entries.remove(id);
        }
    }

    /** Forgets every account in this process (announcements may have been missed). */
    void forgetAll() {
        synchronized (writeLock) {
            evictions++;
            entries.clear();
        }
    }

    int size() {
        return entries.size();
    }

    private void makeRoom(Instant now) {
        if (entries.size() < maxEntries) {
            return;
        }
        entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
    }

    private record Entry(Optional<Actor> state, Instant expiresAt) {
    }
}
