package dev.stride.application.service;

import dev.stride.application.port.in.InvalidCredentialsException;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.LogInUseCase;
import dev.stride.application.port.out.AccessTokenIssuer;
import dev.stride.application.port.out.AccessTokenIssuer.AccessToken;
import dev.stride.application.port.out.PasswordHasher;
import dev.stride.application.port.out.UserStore;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.User;
import dev.stride.domain.validation.ValidationException;
import java.util.Optional;

public class LogInService implements LogInUseCase {

    private final UserStore users;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer tokens;
    private final AdminEmails adminEmails;
    private final String decoyHash;

    public LogInService(UserStore users, PasswordHasher hasher, AccessTokenIssuer tokens, AdminEmails adminEmails) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.adminEmails = adminEmails;
        // Unknown emails are checked against this hash, so they take as long as wrong passwords.
        this.decoyHash = hasher.hash("decoy password that matches nothing");
    }

    @Override
    public AccessToken logIn(LogInCommand command) {
        Optional<User> found = findUser(command.email());
        boolean passwordMatches = hasher.matches(command.password(),
                found.map(User::passwordHash).orElse(decoyHash));
        User user = found.filter(candidate -> passwordMatches && !candidate.isDeleted())
                .orElseThrow(InvalidCredentialsException::new);
        return tokens.issue(user.id(), adminEmails.effectiveTier(user.email(), user.tier()));
    }

    private Optional<User> findUser(String rawEmail) {
        try {
            return users.findByEmail(Email.of(rawEmail));
        } catch (ValidationException malformed) {
            return Optional.empty();
        }
    }
}
