package dev.stride.application.service;

import dev.stride.application.port.in.InvalidRefreshTokenException;
import dev.stride.application.port.in.RefreshTokensUseCase;
import dev.stride.application.port.in.TokenPair;
import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.SessionStore.Rotation;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.User;
import dev.stride.domain.validation.ValidationException;
import java.lang.System.Logger.Level;

public class RefreshTokensService implements RefreshTokensUseCase {

    private static final System.Logger LOG = System.getLogger(RefreshTokensService.class.getName());

    private final UserStore users;
    private final AccessTokenIssuer tokens;
    private final AdminEmails adminEmails;
    private final Sessions sessions;

    public RefreshTokensService(UserStore users, AccessTokenIssuer tokens, AdminEmails adminEmails,
            Sessions sessions) {
        this.users = users;
        this.tokens = tokens;
        this.adminEmails = adminEmails;
        this.sessions = sessions;
    }

    @Override
    public TokenPair refresh(String refreshToken) {
        requirePresent(refreshToken);
        Sessions.Exchange exchange = sessions.exchange(refreshToken);
        Rotation rotation = exchange.rotation();
        switch (rotation.outcome()) {
            case UNKNOWN -> throw new InvalidRefreshTokenException();
            case REUSED -> {
                LOG.log(Level.WARNING, "A rotated refresh token was presented again; every token of that login of"
                        + " user {0} is revoked", rotation.user());
                throw new InvalidRefreshTokenException();
            }
            default -> {
                // Rotated. The account may have been deleted since the login: then nothing of it may go on.
                User user = users.findById(rotation.user()).filter(candidate -> !candidate.isDeleted())
                        .orElseThrow(() -> {
                            sessions.revokeAll(rotation.user());
                            return new InvalidRefreshTokenException();
                        });
                return new TokenPair(tokens.issue(user.id(), adminEmails.tierOf(user)),
                        exchange.nextToken());
            }
        }
    }

    static void requirePresent(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw ValidationException.of("refreshToken", "must not be blank");
        }
    }
}
