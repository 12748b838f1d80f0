package dev.stride.domain.ratelimit;

import dev.stride.domain.user.Actor;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a request is counted for: an authenticated user (by id, with the tier the account has now) or an anonymous
 * client (by its address). The address is known for both: some policies count by address whoever asks.
 */
public record RateCaller(Optional<Actor> user, String address) {

    public static final String ANONYMOUS = "anonymous";

    public RateCaller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(address, "address");
    }

    public static RateCaller anonymous(String address) {
        return new RateCaller(Optional.empty(), address);
    }

    public static RateCaller user(Actor actor, String address) {
        return new RateCaller(Optional.of(actor), address);
    }

    /** The tier's wire name, or {@code anonymous}: what tier-specific limits are keyed by. */
    public String tierName() {
        return user.map(actor -> actor.tier().wireName()).orElse(ANONYMOUS);
    }

    /** The counter subject of per-caller policies: the user, or the address of an anonymous client. */
    public String subject() {
        return user.map(actor -> "user:" + actor.id()).orElseGet(this::addressSubject);
    }

    public String addressSubject() {
        return "ip:" + address;
    }
}
