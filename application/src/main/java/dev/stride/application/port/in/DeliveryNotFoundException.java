package dev.stride.application.port.in;

/** No such delivery of this subscription. */
public class DeliveryNotFoundException extends UseCaseException {

    public DeliveryNotFoundException() {
        super("Delivery not found");
    }
}
