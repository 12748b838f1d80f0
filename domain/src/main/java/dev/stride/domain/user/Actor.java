package dev.stride.domain.user;

import java.util.Objects;

/** Who is asking: the authenticated user and the tier their token carries. */
public record Actor(UserId id, Tier tier) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tier, "tier");
    }

    public boolean isAdmin() {
        return tier == Tier.ADMIN;
    }

    /** Admin-only actions check this themselves, so no adapter can forget it. */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AdminRequiredException();
        }
    }
}
