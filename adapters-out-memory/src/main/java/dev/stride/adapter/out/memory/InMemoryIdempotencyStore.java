package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency records in a map. Claims bypass {@link InMemoryTransactions}'s snapshots by design: the port says
 * they are units of their own, so a failing unit of work around them must not take them back.
 */
public class InMemoryIdempotencyStore implements IdempotencyStore, MemoryParticipant {

    private record Slot(UserId owner, IdempotencyKey key) {
    }

    private final Map<Slot, IdempotentCreate> records = new HashMap<>();

    @Override
    public synchronized Optional<IdempotentCreate> find(UserId owner, IdempotencyKey key) {
        return Optional.ofNullable(records.get(new Slot(owner, key)));
    }

    @Override
    public synchronized boolean claim(IdempotentCreate claim) {
        return records.putIfAbsent(slotOf(claim), claim) == null;
    }

    @Override
    public synchronized boolean takeOver(IdempotentCreate current, IdempotentCreate claim) {
        IdempotentCreate held = records.get(slotOf(current));
        if (held == null || !held.claimToken().equals(current.claimToken())
                || held.isFinished() != current.isFinished()) {
            return false;
        }
        records.put(slotOf(current), claim);
        return true;
    }

    @Override
    public synchronized boolean finish(IdempotentCreate claim, Activity result) {
        IdempotentCreate held = records.get(slotOf(claim));
        if (held == null || !held.claimToken().equals(claim.claimToken()) || held.isFinished()) {
            return false;
        }
        records.put(slotOf(claim), held.finish(result));
        return true;
    }

    @Override
    public synchronized void release(IdempotentCreate claim) {
        IdempotentCreate held = records.get(slotOf(claim));
        if (held != null && held.claimToken().equals(claim.claimToken()) && !held.isFinished()) {
            records.remove(slotOf(claim));
        }
    }

    @Override
    public synchronized int removeCreatedBefore(Instant cutoff) {
        int before = records.size();
        records.values().removeIf(record -> record.createdAt().isBefore(cutoff));
        return before - records.size();
    }

    /**
     * Only the results are transactional: a rolled-back unit takes back what {@link #finish} recorded in it, and
     * leaves every claim where it is.
     */
    @Override
    public synchronized Object snapshot() {
        return new HashMap<>(records);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        Map<Slot, IdempotentCreate> before = (Map<Slot, IdempotentCreate>) snapshot;
        records.replaceAll((slot, now) -> {
            IdempotentCreate then = before.get(slot);
            boolean finishedInTheUnit = now.isFinished() && then != null && !then.isFinished()
                    && then.claimToken().equals(now.claimToken());
            return finishedInTheUnit ? then : now;
        });
    }

    private static Slot slotOf(IdempotentCreate record) {
        return new Slot(record.owner(), record.key());
    }
}
