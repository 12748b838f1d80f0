package dev.stride.application.port.in;

import dev.stride.domain.validation.Violations;

/**
 * Credentials as sent. Only their presence is checked: telling a client that an email is malformed would be
 * harmless, but every other failure must look the same, so shape errors are just wrong credentials.
 */
public record LogInCommand(String email, String password) {

    public LogInCommand {
        Violations violations = new Violations();
        if (email == null || email.isBlank()) {
            violations.add("email", "must not be blank");
        }
        if (password == null || password.isEmpty()) {
            violations.add("password", "must not be empty");
        }
        violations.throwIfAny();
    }
}
