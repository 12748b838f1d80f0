package dev.stride.domain.validation;

/** One broken rule of one input field; {@code field} is the name the client sent. */
public record FieldError(String field, String message) {
}
