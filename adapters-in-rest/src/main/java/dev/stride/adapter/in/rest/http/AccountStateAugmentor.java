package dev.stride.adapter.in.rest.http;

import dev.stride.application.port.in.CheckAccountUseCase;
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
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A valid signature is not enough: the token's account must still exist and not be deleted, so a deleted
 * account's tokens stop working at once. The check runs on every authenticated request and answers from the
 * account state cache, so it costs no database round trip but on a miss. It also replaces the token's roles with
 * the account's current tier, so a tier change reaches authorisation and rate limits without a new token.
 */
@ApplicationScoped
public class AccountStateAugmentor implements SecurityIdentityAugmentor {

    /** The identity attribute holding the caller as an {@link Actor}. */
    static final String ACTOR = "dev.stride.actor";

    @Inject
    CheckAccountUseCase accounts;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        // A cache miss reads the database: never on the event loop.
        if (BlockingOperationControl.isBlockingAllowed()) {
            return Uni.createFrom().item(() -> withAccountState(identity));
        }
        return context.runBlocking(() -> withAccountState(identity));
    }

    private SecurityIdentity withAccountState(SecurityIdentity identity) {
        String subject = identity.getPrincipal() instanceof JsonWebToken token ? token.getSubject() : null;
        Actor actor = UserId.parse(subject)
                .flatMap(accounts::activeAccount)
                .orElseThrow(() -> new AuthenticationFailedException("The token's account is deleted or unknown"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(ACTOR, actor)
                .addRole(actor.tier().wireName())
                .build();
    }
}
