package dev.stride.adapter.in.rest.problem;

/** The request needs a JSON body and has none. */
public class MissingBodyException extends RuntimeException {

    public MissingBodyException() {
        super("A JSON body is required");
    }

    /** Resources call this on their body parameter, which Quarkus REST leaves null for an empty body. */
    public static <T> T require(T body) {
        if (body == null) {
            throw new MissingBodyException();
        }
        return body;
    }
}
