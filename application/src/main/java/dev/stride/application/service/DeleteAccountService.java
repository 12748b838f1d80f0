package dev.stride.application.service;

import dev.stride.application.port.in.DeleteAccountUseCase;
import dev.stride.application.port.in.SessionsUnavailableException;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.application.port.out.TimeSource;
import dev.stride.application.port.out.Transactions;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import java.lang.System.Logger.Level;

public class DeleteAccountService implements DeleteAccountUseCase {

    private static final System.Logger LOG = System.getLogger(DeleteAccountService.class.getName());

    private final UserStore users;
    private final TimeSource time;
    private final Transactions transactions;
    private final Sessions sessions;
    private final AccountStateCache accountStates;

    public DeleteAccountService(UserStore users, TimeSource time, Transactions transactions,
            Sessions sessions, AccountStateCache accountStates) {
        this.users = users;
        this.time = time;
        this.transactions = transactions;
        this.sessions = sessions;
        this.accountStates = accountStates;
    }

    @Override
    public void delete(UserId id) {
        transactions.inTransaction(() -> {
            User user = users.lockById(id).orElseThrow(UserNotFoundException::new);
            users.update(user.softDelete(time.now()));
        });
        // After the commit, so no request can read the live account back into the cache.
        accountStates.evict(id);
        try {
            sessions.revokeAll(id);
        } catch (SessionsUnavailableException e) {
            // Still safe: a refresh checks the account and refuses (and revokes) the tokens of a deleted one.
            LOG.log(Level.WARNING, "Session store unavailable; the sessions of deleted user {0} are revoked at"
                    + " their next refresh instead", id);
        }
    }
}
