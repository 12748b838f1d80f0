package dev.stride.adapter.out.memory;

/** An in-memory store whose state {@link InMemoryTransactions} can take back when a unit of work fails. */
public interface MemoryParticipant {

    /** A copy of the whole state, cheap enough for test-sized data. */
    Object snapshot();

    void restore(Object snapshot);
}
