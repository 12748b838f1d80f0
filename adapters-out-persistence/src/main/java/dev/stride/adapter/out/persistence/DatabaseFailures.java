package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.DeadlineExceededException;
import dev.stride.application.port.out.StorageUnavailableException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Which failures of a unit of work mean "the database cannot do this now", and whether doing the unit again is safe.
 * Everything else (a constraint a store translates, a defect) passes through unchanged.
 */
final class DatabaseFailures {

    /** Serialization failure and deadlock: the transaction was rolled back, repeating it may well succeed. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01");
    /** The server is shutting down, starting up, or out of connections. */
    private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "53300");
    /** A statement cancelled, here by the timeout derived from the request's deadline. */
    private static final String QUERY_CANCELED = "57014";

    private DatabaseFailures() {
    }

    /** The connection broke or could not be had; the breaker counts these. */
    static class Unreachable extends StorageUnavailableException {

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Unreachable before the unit asked to commit: nothing was written, so the unit may be repeated. */
    static final class UnreachableBeforeCommit extends Unreachable {

        UnreachableBeforeCommit(Throwable cause) {
            super("database unreachable", cause);
        }
    }

    /** Rolled back because of concurrent work (40001, 40P01): the unit may be repeated. */
    static final class Conflict extends StorageUnavailableException {

        Conflict(Throwable cause) {
            super("transaction rolled back by a conflict with concurrent work", cause);
        }
    }

    /**
     * @param committing whether the unit's work had finished (every statement run) and the commit was under way: a
     *     connection lost then leaves the outcome unknown, so the unit must not be repeated.
     */
    static RuntimeException translate(RuntimeException failure, boolean committing) {
        if (failure instanceof StorageUnavailableException || failure instanceof DeadlineExceededException) {
            return failure;
        }
        SQLException sql = sqlCause(failure);
        String state = sql == null ? null : sql.getSQLState();
        if (QUERY_CANCELED.equals(state)) {
            return new DeadlineExceededException("a statement outlived the request's deadline", failure);
        }
        if (state != null && CONFLICTS.contains(state)) {
            return new Conflict(failure);
        }
        if (sql != null && lostConnection(sql, state)) {
            return committing
                    ? new Unreachable("database connection lost while committing: outcome unknown", failure)
                    : new UnreachableBeforeCommit(failure);
        }
        // Every statement ran inside the work: a commit that fails after that (the transaction manager reports a
        // rollback it could not complete, say) is the database's failure, with an unknown outcome. A failure of
        // the work itself that is none of the above (a constraint a store translates, a defect) passes unchanged.
        return committing ? new Unreachable("the commit failed: outcome unknown", failure) : failure;
    }

    /** Whether repeating the unit could help: only if it failed for a transient reason and time is left. */
    static boolean repeatable(RuntimeException translated) {
        return translated instanceof UnreachableBeforeCommit || translated instanceof Conflict;
    }

    private static boolean lostConnection(SQLException sql, String state) {
        if (state != null) {
            return state.startsWith("08") || SERVER_UNAVAILABLE.contains(state);
        }
        // Agroal's pool gives up waiting for a connection without a SQL state.
        String message = sql.getMessage();
        return message != null && message.startsWith("Acquisition timeout");
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
