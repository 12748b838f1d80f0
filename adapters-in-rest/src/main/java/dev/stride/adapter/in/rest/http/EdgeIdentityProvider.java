package dev.stride.adapter.in.rest.http;

import dev.stride.domain.user.Actor;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Builds the security identity of a bearer token from what {@link CallerFilter} already found, so the token is not
 * verified again and the account not looked up again: the identity carries the account as an {@link Actor}
 * attribute and its current tier as its role. A token the edge found invalid, or whose account is gone, fails
 * authentication (401). A request the edge did not resolve is left to Quarkus's own JWT validation (then
 * {@link AccountStateAugmentor} checks the account), which this provider precedes.
 */
@ApplicationScoped
public class EdgeIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /**
     * Ahead of Quarkus's own providers, which keep the interface's default of 1001 (MpJwtValidator among them): the
     * manager asks providers from the highest priority down and takes the first identity.
     */
    static final int PRIORITY = 2000;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        Optional<EdgeCaller> resolved = rc == null ? Optional.empty() : EdgeCaller.of(rc);
        if (resolved.isEmpty() || !resolved.get().token().equals(request.getToken().getToken())) {
            return Uni.createFrom().nullItem();
        }
        EdgeCaller caller = resolved.get();
        if (caller.claims().isEmpty() || caller.account().isEmpty()) {
            return Uni.createFrom().failure(new AuthenticationFailedException(
                    caller.claims().isEmpty() ? "The token is not valid" : "The token's account is deleted or unknown"));
        }
        return Uni.createFrom().item(identity(caller.claims().get(), caller.account().get(), request));
    }

    static SecurityIdentity identity(JsonWebToken claims, Actor actor, TokenAuthenticationRequest request) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(claims)
                .addCredential(request.getToken())
                .addAttribute(AccountStateAugmentor.ACTOR, actor)
                .addRole(actor.tier().wireName())
                .build();
    }
}
