package dev.stride.application.port.in;

/** No such activity for this caller: missing, in the trash where that matters, or someone else's alike. */
public class ActivityNotFoundException extends UseCaseException {

    public ActivityNotFoundException() {
        super("Activity not found");
    }
}
