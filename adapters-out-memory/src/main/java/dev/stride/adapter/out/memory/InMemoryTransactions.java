package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work over in-memory stores: one at a time (so every lock a store hands out holds), and all or nothing
 * (a failing unit puts the participating stores back as they were).
 */
public class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<MemoryParticipant> participants;

    public InMemoryTransactions(MemoryParticipant... participants) {
        this.participants = List.of(participants);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return work.get();
        }
        lock.lock();
        try {
            List<Object> snapshots = new ArrayList<>();
            participants.forEach(participant -> snapshots.add(participant.snapshot()));
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                for (int i = 0; i < participants.size(); i++) {
                    participants.get(i).restore(snapshots.get(i));
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }
}
