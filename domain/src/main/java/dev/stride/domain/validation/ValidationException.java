package dev.stride.domain.validation;

import dev.stride.domain.DomainException;
import java.util.List;

/** Input broke one or more rules of the model; every broken rule is listed, not only the first. */
public class ValidationException extends DomainException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
