package dev.stride.application.service;

import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The accounts that configuration makes admins, whatever tier is stored for them. */
public record AdminEmails(Set<Email> emails) {

    public AdminEmails {
        emails = Set.copyOf(emails);
    }

    /** Reads the configured list; blank entries are ignored, a malformed one is a configuration error. */
    public static AdminEmails parse(Collection<String> raw) {
        return new AdminEmails(raw.stream()
                .filter(entry -> entry != null && !entry.isBlank())
                .map(Email::of)
                .collect(Collectors.toSet()));
    }

    public static AdminEmails none() {
        return new AdminEmails(Set.of());
    }

    /** Whether configuration makes the account of this address an admin. */
    public boolean lists(Email email) {
        return emails.contains(email);
    }

    /** The tier the account's tokens and limits carry: configuration wins over the tier stored for it. */
    public Tier tierOf(User user) {
        return effectiveTier(user.email(), user.tier());
    }

    /** The account as the API shows it, with {@link #tierOf(User) its tier}. */
    public User shown(User user) {
        return user.withTier(tierOf(user));
    }

    /** Configuration wins over storage, so removing an email from the list takes admin rights away. */
    public Tier effectiveTier(Email email, Tier storedTier) {
        if (emails.contains(email)) {
            return Tier.ADMIN;
        }
        return storedTier == Tier.ADMIN ? Tier.FREE : storedTier;
    }
}
