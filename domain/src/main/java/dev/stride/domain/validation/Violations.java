package dev.stride.domain.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects broken rules while a whole input is checked, so a client learns about all of them at once. */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Runs a check that may throw a {@link ValidationException}, keeping its errors and the check's result. */
    public <T> T collect(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (ValidationException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
