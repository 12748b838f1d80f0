package dev.stride.application.port.in;

import dev.stride.domain.user.DisplayName;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.PasswordPolicy;
import dev.stride.domain.validation.Violations;

/** A registration as the client sent it, checked on construction. */
public record RegisterUserCommand(Email email, String password, String displayName) {

    public static RegisterUserCommand of(String email, String password, String displayName) {
        Violations violations = new Violations();
        Email checkedEmail = violations.collect(() -> Email.of(email));
        String checkedPassword = violations.collect(() -> PasswordPolicy.check(password));
        String checkedName = violations.collect(() -> DisplayName.check(displayName));
        violations.throwIfAny();
        return new RegisterUserCommand(checkedEmail, checkedPassword, checkedName);
    }
}
