package dev.stride.domain.user;

import dev.stride.domain.validation.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** What an account may do and how much of it: tiers drive rate limits and admin rights. */
public enum Tier {
    FREE, PREMIUM, ADMIN;

    /** The name used on the wire, in tokens and in storage. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier fromWireName(String raw) {
        return Arrays.stream(values())
                .filter(tier -> tier.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> ValidationException.of("tier", "must be one of free, premium, admin"));
    }
}
