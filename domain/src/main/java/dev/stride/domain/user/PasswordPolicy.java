package dev.stride.domain.user;

import dev.stride.domain.validation.ValidationException;

/** What a new password must look like. Only its length is ruled: long passphrases beat composition rules. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static String check(String password) {
        if (password == null) {
            throw ValidationException.of("password", "must not be null");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw ValidationException.of("password",
                    "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
        return password;
    }
}
