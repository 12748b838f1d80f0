package dev.stride.application.port.in;

/** The account is an admin because configuration lists its email; no tier stored for it would take effect. */
public class TierSetByConfigurationException extends UseCaseException {

    public TierSetByConfigurationException() {
        super("This account is an admin through stride.admin-emails; its tier cannot be changed here");
    }
}
