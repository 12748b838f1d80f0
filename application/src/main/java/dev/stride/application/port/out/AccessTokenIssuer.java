package dev.stride.application.port.out;

import dev.stride.domain.user.AccessToken;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;

/** Issues the short-lived bearer tokens that authenticate API calls. */
public interface AccessTokenIssuer {

    AccessToken issue(UserId subject, Tier tier);
}
