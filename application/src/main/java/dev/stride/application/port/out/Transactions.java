package dev.stride.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case's writes as one unit: all of them happen or none. Joins a transaction that is already running.
 * Locks taken through the stores last until the unit ends.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
