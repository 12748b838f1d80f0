package dev.stride.application.service;

import dev.stride.application.port.in.ChangeTierCommand;
import dev.stride.application.port.in.ChangeTierUseCase;
import dev.stride.application.port.in.TierSetByConfigurationException;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import java.util.Map;

public class ChangeTierService implements ChangeTierUseCase {

    private final UserStore users;
    private final AuditLog audit;
    private final TimeSource time;
    private final Transactions transactions;
    private final AccountStateCache accountStates;
    private final AdminEmails adminEmails;

    public ChangeTierService(UserStore users, AuditLog audit, TimeSource time, Transactions transactions,
            AccountStateCache accountStates, AdminEmails adminEmails) {
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.transactions = transactions;
        this.accountStates = accountStates;
        this.adminEmails = adminEmails;
    }

    @Override
    public User changeTier(Actor admin, ChangeTierCommand command) {
        admin.requireAdmin();
        User changed = transactions.inTransaction(() -> {
            // Locked: a concurrent deletion or restore must not be undone by writing back a stale row.
            User user = users.lockById(command.user()).orElseThrow(UserNotFoundException::new);
            if (adminEmails.tierOf(user) == Tier.ADMIN) {
                throw new TierSetByConfigurationException();
            }
            if (user.tier() == command.tier()) {
                return user;
            }
            User updated = user.withTier(command.tier());
            users.update(updated);
            audit.record(AuditEntry.of(admin.id(), AuditAction.USER_TIER_CHANGED, "user", user.id().toString(),
                    time.now(), Map.of("from", user.tier().wireName(), "to", command.tier().wireName())));
            return updated;
        });
        accountStates.evict(command.user());
        return adminEmails.shown(changed);
    }
}
