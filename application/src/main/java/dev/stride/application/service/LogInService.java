package dev.stride.application.service;

import dev.stride.application.port.in.InvalidCredentialsException;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.application.port.in.SessionsUnavailableException;
import dev.stride.application.port.in.TokenPair;
import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.PasswordHasher;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.AccessToken;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.User;
import dev.stride.domain.validation.ValidationException;
import java.lang.System.Logger.Level;
import java.util.Optional;

public class LogInService implements LogInUseCase {

    private static final System.Logger LOG = System.getLogger(LogInService.class.getName());

    private final UserStore users;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer tokens;
    private final AdminEmails adminEmails;
    private final Sessions sessions;
    private final String decoyHash;

    public LogInService(UserStore users, PasswordHasher hasher, AccessTokenIssuer tokens, AdminEmails adminEmails,
            Sessions sessions) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.adminEmails = adminEmails;
        this.sessions = sessions;
        // Unknown emails are checked against this hash, so they take as long as wrong passwords.
        this.decoyHash = hasher.hash("decoy password that matches nothing");
    }

    @Override
    public TokenPair logIn(LogInCommand command) {
        Optional<User> found = findUser(command.email());
        boolean passwordMatches = hasher.matches(command.password(),
                found.map(User::passwordHash).orElse(decoyHash));
        User user = found.filter(candidate -> passwordMatches && !candidate.isDeleted())
                .orElseThrow(InvalidCredentialsException::new);
        AccessToken access = tokens.issue(user.id(), adminEmails.tierOf(user));
        return new TokenPair(access, openSession(user));
    }

    /** A login does not fail because the sessions are out of reach: the caller gets an access token alone. */
    private String openSession(User user) {
        try {
            return sessions.open(user.id());
        } catch (SessionsUnavailableException e) {
            LOG.log(Level.WARNING, "Session store unavailable; user {0} logged in without a refresh token",
                    user.id());
            return null;
        }
    }

    private Optional<User> findUser(String rawEmail) {
        try {
            return users.findByEmail(Email.of(rawEmail));
        } catch (ValidationException malformed) {
            return Optional.empty();
        }
    }
}
