package dev.stride.application.port.out;

import dev.stride.domain.user.UserId;
import dev.stride.domain.user.Tier;

/** Issues the short-lived bearer tokens that authenticate API calls. */
public interface AccessTokenIssuer {

    AccessToken issue(UserId subject, Tier tier);

    /** The token and how many seconds it stays valid. */
    record AccessToken(String value, long expiresInSeconds) {
    }
}
