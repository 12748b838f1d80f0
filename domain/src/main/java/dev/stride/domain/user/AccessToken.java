package dev.stride.domain.user;

/** A bearer token that authenticates a user's API calls, and how many seconds it stays valid. */
public record AccessToken(String value, long expiresInSeconds) {
}
