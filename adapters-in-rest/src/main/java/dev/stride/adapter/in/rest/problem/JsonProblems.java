package dev.stride.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Explains a body Jackson could not read in words fit for a client: the field and what was wrong with it, never
 * Jackson's own message (it names Java classes).
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static String detail(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return "The request body is not well-formed JSON";
        }
        return "The request body does not match the expected structure";
    }

    static List<ProblemDetail.FieldProblem> fieldErrors(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        return List.of(new ProblemDetail.FieldProblem(path(mapping), message(mapping)));
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "has the wrong type or format, expected " + describe(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "has the wrong type, expected " + describe(mismatched.getTargetType());
        }
        return "could not be read";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return Integer.class.equals(type) || int.class.equals(type) || Long.class.equals(type)
                    ? "an integer" : "a number";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (Boolean.class.equals(type) || boolean.class.equals(type)) {
            return "a boolean";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
