package dev.stride.adapter.out.persistence;

import java.util.Locale;
import org.hibernate.exception.ConstraintViolationException;

/** Which database constraint a failed write broke, as the stores that translate one need to know. */
final class Constraints {

    private Constraints() {
    }

    /**
     * Whether {@code failure} (or one of its causes) is the violation of the constraint or unique index
     * {@code name}. H2 reports the name in upper case with more around it; PostgreSQL reports the bare name.
     */
    static boolean violated(Throwable failure, String name) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                String constraint = violation.getConstraintName();
                return constraint != null && constraint.toLowerCase(Locale.ROOT).contains(name);
            }
        }
        return false;
    }
}
