package dev.stride.domain.user;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.stride.domain.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    /** 64 + 1 + 63 + 1 + 63 + 1 + 61 = 254 characters, every part at its own maximum or near it. */
    private static final String LOCAL_64 = "l".repeat(64);
    private static final String DOMAIN_189 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(61);

    @Test
    void isTrimmedAndLowerCased() {
        assertThat(Email.of("  Ann.Smith+Runs@Example.COM \t\n").value()).isEqualTo("ann.smith+runs@example.com");
    }

    @Test
    void differentlyTypedAddressesAreTheSameEmail() {
        assertThat(Email.of(" ANN@example.com")).isEqualTo(Email.of("ann@EXAMPLE.com "));
        assertThat(Email.of("ann@example.com")).hasToString("ann@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last@sub.example.org", "x+tag@example.io", "o'brien@example.ie",
            "user@123.example", "user@a-b.example", "a@b.c"})
    void acceptsPlainAddresses(String raw) {
        assertThat(Email.of(raw).value()).isEqualTo(raw);
    }

    @Test
    void accepts254Characters() {
        String raw = LOCAL_64 + "@" + DOMAIN_189;
        assertThat(raw).hasSize(254);
        assertThat(Email.of(raw).value()).isEqualTo(raw);
    }

    @Test
    void acceptsA254CharacterAddressSurroundedBySpaces() {
        String raw = LOCAL_64 + "@" + DOMAIN_189;
        assertThat(Email.of("  " + raw.toUpperCase() + "  ").value()).isEqualTo(raw);
    }

    @Test
    void refuses255Characters() {
        String raw = LOCAL_64 + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(62);
        assertThat(raw).hasSize(255);
        assertThat(violationsOf(() -> Email.of(raw)))
                .containsExactly(new FieldError("email", "must be at most 254 characters"));
    }

    @Test
    void localPartHasAtMost64Characters() {
        assertThat(Email.of(LOCAL_64 + "@example.com").value()).startsWith(LOCAL_64);
        assertThat(violationsOf(() -> Email.of("l".repeat(65) + "@example.com")))
                .containsExactly(new FieldError("email", "must be a valid email address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@example.com", "ann@", "ann@example", "ann@@example.com",
            "ann@exa mple.com", "an n@example.com", "ann@-example.com", "ann@example-.com", "ann@example..com",
            "ann@.example.com", "ann@example.com.", "ann@exa_mple.com", "ann@example.com@example.com"})
    void refusesMalformedAddresses(String raw) {
        assertThat(violationsOf(() -> Email.of(raw)))
                .containsExactly(new FieldError("email", "must be a valid email address"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void refusesMissingAddresses(String raw) {
        assertThat(violationsOf(() -> Email.of(raw))).containsExactly(new FieldError("email", "must not be blank"));
    }

    @Test
    void theConstructorTakesOnlyNormalisedValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Email("Ann@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Email(" ann@example.com"));
        assertThat(new Email("ann@example.com")).isEqualTo(Email.of("Ann@Example.com"));
    }

    @Test
    void theConstructorStillChecksTheRules() {
        assertThat(violationsOf(() -> new Email("not-an-email"))).extracting(FieldError::field)
                .containsExactly("email");
        assertThat(violationsOf(() -> new Email(null))).extracting(FieldError::field).containsExactly("email");
    }

    /** One spelling for every use that keys by email: the login's rate limit counts what the lookup finds. */
    @ParameterizedTest
    @ValueSource(strings = {"victim@example.com\u2003", "victim@example.com\u00a0", "\u3000victim@example.com",
            "victim@example.com\u200b", "\ufeffVICTIM@example.com", "victim@example.com\t\n",
            "\uff56\uff49\uff43\uff54\uff49\uff4d@example.com"})
    void everySpellingOfAnAddressIsOneCanonicalForm(String spelling) {
        assertThat(Email.canonical(spelling)).isEqualTo("victim@example.com");
        assertThat(Email.of(spelling)).isEqualTo(Email.of("victim@example.com"));
    }

    @Test
    void blanksAndInvisiblesAloneAreNoAddress() {
        assertThat(violationsOf(() -> Email.of("\u00a0\u200b"))).containsExactly(
                new FieldError("email", "must not be blank"));
    }
}
