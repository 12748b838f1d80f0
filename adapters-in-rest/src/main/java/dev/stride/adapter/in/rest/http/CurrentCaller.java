package dev.stride.adapter.in.rest.http;

import dev.stride.domain.user.Actor;
import dev.stride.domain.user.UserId;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The authenticated caller of the current request: the token's subject, with the tier the account has now (which
 * {@link AccountStateAugmentor} put there after checking the account is live), not the one the token was issued with.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityIdentity identity;

    public UserId id() {
        return actor().id();
    }

    public Actor actor() {
        Actor actor = identity.getAttribute(AccountStateAugmentor.ACTOR);
        if (actor == null) {
            throw new UnauthorizedException();
        }
        return actor;
    }
}
