package dev.stride.domain;

import dev.stride.domain.validation.FieldError;
import dev.stride.domain.validation.ValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Runs code that must break rules of the model and hands back the broken rules, so tests can assert on them. */
public final class ValidationAssertions {

    private ValidationAssertions() {
    }

    /** The errors of the {@link ValidationException} that {@code code} must throw. */
    public static List<FieldError> violationsOf(ThrowingCallable code) {
        try {
            code.call();
        } catch (ValidationException e) {
            return e.errors();
        } catch (Throwable other) {
            throw new AssertionError("expected a ValidationException but got " + other, other);
        }
        throw new AssertionError("expected a ValidationException but nothing was thrown");
    }

    /** The names of the fields that {@code code} reports as broken, in the order reported. */
    public static List<String> fieldsOf(ThrowingCallable code) {
        return violationsOf(code).stream().map(FieldError::field).toList();
    }
}
