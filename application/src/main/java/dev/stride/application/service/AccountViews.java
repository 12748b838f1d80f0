package dev.stride.application.service;

import dev.stride.domain.user.User;

/** Accounts as the API shows them: with the tier their tokens carry, which configuration may override. */
final class AccountViews {

    private AccountViews() {
    }

    static User withEffectiveTier(User user, AdminEmails adminEmails) {
        return user.withTier(adminEmails.effectiveTier(user.email(), user.tier()));
    }
}
