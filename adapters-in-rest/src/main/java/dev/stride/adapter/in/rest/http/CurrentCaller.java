package dev.stride.adapter.in.rest.http;

import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The authenticated caller of the current request, as the access token describes them. */
@RequestScoped
public class CurrentCaller {

    @Inject
    JsonWebToken token;

    public UserId id() {
        return UserId.parse(token.getSubject()).orElseThrow(UnauthorizedException::new);
    }

    public Actor actor() {
        return new Actor(id(), tier());
    }

    private Tier tier() {
        Set<String> groups = token.getGroups();
        if (groups.contains(Tier.ADMIN.wireName())) {
            return Tier.ADMIN;
        }
        return groups.contains(Tier.PREMIUM.wireName()) ? Tier.PREMIUM : Tier.FREE;
    }
}
