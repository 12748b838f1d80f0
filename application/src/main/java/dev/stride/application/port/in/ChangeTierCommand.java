package dev.stride.application.port.in;

import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.ValidationException;
import java.util.Objects;

/**
 * An admin's decision about an account's tier. Admins decide who is premium; who is admin is configuration
 * ({@code stride.admin-emails}), so {@code admin} is refused here.
 */
public record ChangeTierCommand(UserId user, Tier tier) {

    public ChangeTierCommand {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tier, "tier");
        if (tier == Tier.ADMIN) {
            throw ValidationException.of("tier", "must be free or premium; admins are set by stride.admin-emails");
        }
    }

    public static ChangeTierCommand of(UserId user, String rawTier) {
        if (rawTier == null) {
            throw ValidationException.of("tier", "must not be null");
        }
        return new ChangeTierCommand(user, Tier.fromWireName(rawTier));
    }
}
