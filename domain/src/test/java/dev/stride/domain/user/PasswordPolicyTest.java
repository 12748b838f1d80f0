package dev.stride.domain.user;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.domain.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final FieldError LENGTH = new FieldError("password", "must be between 10 and 128 characters");
    /** One character, two UTF-16 units. */
    private static final String KEY = "\uD83D\uDD11";

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 64, 127, 128})
    void accepts10To128Characters(int length) {
        String password = "p".repeat(length);
        assertThat(PasswordPolicy.check(password)).isEqualTo(password);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 9, 129, 500})
    void refusesShorterOrLonger(int length) {
        assertThat(violationsOf(() -> PasswordPolicy.check("p".repeat(length)))).containsExactly(LENGTH);
    }

    @Test
    void refusesNull() {
        assertThat(violationsOf(() -> PasswordPolicy.check(null)))
                .containsExactly(new FieldError("password", "must not be null"));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(violationsOf(() -> PasswordPolicy.check(KEY.repeat(9)))).containsExactly(LENGTH);
        assertThat(PasswordPolicy.check(KEY.repeat(10))).isEqualTo(KEY.repeat(10));
        assertThat(PasswordPolicy.check(KEY.repeat(128))).isEqualTo(KEY.repeat(128));
        assertThat(violationsOf(() -> PasswordPolicy.check(KEY.repeat(129)))).containsExactly(LENGTH);
    }

    @Test
    void isNeitherTrimmedNorOtherwiseChanged() {
        String password = "  Correct Horse  ";
        assertThat(PasswordPolicy.check(password)).isEqualTo(password);
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(PasswordPolicy.check("aaaaaaaaaa")).isEqualTo("aaaaaaaaaa");
    }
}
