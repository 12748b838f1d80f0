package dev.stride.adapter.in.rest.http;

import dev.stride.application.port.in.CheckAccountUseCase;
import dev.stride.application.port.in.CheckAccountUseCase.KnownAccount;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A valid signature is not enough: the token's account must still exist and not be deleted, so a deleted
 * account's tokens stop working at once. The check runs on every authenticated request and answers from the
 * account state cache, so it costs no database round trip but on a miss. It also replaces the token's roles with
 * the account's current tier, so a tier change reaches authorisation and rate limits without a new token. An
 * identity built at the edge ({@link EdgeIdentityProvider}) has been checked already and passes unchanged.
 */
@ApplicationScoped
public class AccountStateAugmentor implements SecurityIdentityAugmentor {

    /** The identity attribute holding the caller as an {@link Actor}. */
    static final String ACTOR = "dev.stride.actor";

    @Inject
    CheckAccountUseCase accounts;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(ACTOR) != null) {
            return Uni.createFrom().item(identity);
        }
        Optional<UserId> caller = UserId.parse(
                identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null);
        if (caller.isEmpty()) {
            return Uni.createFrom().failure(unknownAccount());
        }
        if (BlockingOperationControl.isBlockingAllowed()) {
            return Uni.createFrom().item(() -> withAccountState(identity, accounts.activeAccount(caller.get())));
        }
        // Mostly the cache knows the account: answered right here, with no hop to a worker thread. A miss reads the
        // database, which is never done on the event loop.
        Optional<KnownAccount> known = accounts.knownAccount(caller.get());
        if (known.isPresent()) {
            return Uni.createFrom().item(() -> withAccountState(identity, known.get().active()));
        }
        return context.runBlocking(() -> withAccountState(identity, accounts.activeAccount(caller.get())));
    }

    private static SecurityIdentity withAccountState(SecurityIdentity identity, Optional<Actor> account) {
        Actor actor = account.orElseThrow(AccountStateAugmentor::unknownAccount);
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(ACTOR, actor)
                .addRole(actor.tier().wireName())
                .build();
    }

    private static AuthenticationFailedException unknownAccount() {
        return new AuthenticationFailedException("The token's account is deleted or unknown");
    }
}
