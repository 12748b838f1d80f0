package dev.stride.application.port.in;

import dev.stride.domain.user.AccessToken;
import java.util.Objects;

/**
 * What a login or a refresh hands out: an access token, and the refresh token that gets the next one. The refresh
 * token is null when the session store could not be reached at login: the caller then has the access token alone.
 */
public record TokenPair(AccessToken accessToken, String refreshToken) {

    public TokenPair {
        Objects.requireNonNull(accessToken, "accessToken");
    }

    public boolean hasRefreshToken() {
        return refreshToken != null;
    }
}
