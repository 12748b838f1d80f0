package dev.stride.application.service;

import dev.stride.application.port.in.RestoreAccountUseCase;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.util.Map;

public class RestoreAccountService implements RestoreAccountUseCase {

    private final UserStore users;
    private final AuditLog audit;
    private final TimeSource time;
    private final Transactions transactions;
    private final AccountStateCache accountStates;
    private final AdminEmails adminEmails;

    public RestoreAccountService(UserStore users, AuditLog audit, TimeSource time, Transactions transactions,
            AccountStateCache accountStates, AdminEmails adminEmails) {
        this.users = users;
        this.audit = audit;
        this.time = time;
        this.transactions = transactions;
        this.accountStates = accountStates;
        this.adminEmails = adminEmails;
    }

    @Override
    public User restore(Actor admin, UserId id) {
        admin.requireAdmin();
        User restored = transactions.inTransaction(() -> {
            User deleted = users.lockById(id).orElseThrow(UserNotFoundException::new);
            User reopened = deleted.restore();
            users.update(reopened);
            // Same transaction: no restore without its audit entry, nor an entry without a restore.
            audit.record(AuditEntry.of(admin.id(), AuditAction.USER_RESTORED, "user", id.toString(), time.now(),
                    Map.of("deletedAt", deleted.deletedAt().toString())));
            return reopened;
        });
        accountStates.evict(id);
        return adminEmails.shown(restored);
    }
}
