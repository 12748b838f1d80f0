package dev.stride.application.port.in;

/** No such webhook subscription for this caller: missing or someone else's alike. */
public class WebhookNotFoundException extends UseCaseException {

    public WebhookNotFoundException() {
        super("Webhook subscription not found");
    }
}
