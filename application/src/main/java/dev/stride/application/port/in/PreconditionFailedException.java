package dev.stride.application.port.in;

/** The client wrote on the basis of a version that is no longer current. */
public class PreconditionFailedException extends UseCaseException {

    public PreconditionFailedException() {
        super("The activity has changed since you last read it");
    }
}
