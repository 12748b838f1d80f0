package dev.stride.domain.user;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.domain.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void missingOrBlankStaysAbsent(String raw) {
        assertThat(DisplayName.check(raw)).isNull();
    }

    @Test
    void isTrimmed() {
        assertThat(DisplayName.check("  Ada Lovelace \n")).isEqualTo("Ada Lovelace");
    }

    @Test
    void accepts100Characters() {
        String name = "n".repeat(100);
        assertThat(DisplayName.check(name)).isEqualTo(name);
    }

    @Test
    void surroundingSpacesDoNotCount() {
        String name = "n".repeat(100);
        assertThat(DisplayName.check("   " + name + "   ")).isEqualTo(name);
    }

    @Test
    void refuses101Characters() {
        assertThat(violationsOf(() -> DisplayName.check("n".repeat(101))))
                .containsExactly(new FieldError("displayName", "must be at most 100 characters"));
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String runner = "\uD83C\uDFC3";
        assertThat(DisplayName.check(runner.repeat(100))).isEqualTo(runner.repeat(100));
        assertThat(violationsOf(() -> DisplayName.check(runner.repeat(101)))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\tLovelace", "Ada\nLovelace", "Ada\u0000", "Bell\u0007", "Del\u007F"})
    void refusesControlCharactersInside(String raw) {
        assertThat(violationsOf(() -> DisplayName.check(raw)))
                .containsExactly(new FieldError("displayName", "must not contain control characters"));
    }

    @Test
    void keepsNonAsciiLetters() {
        assertThat(DisplayName.check("Zoë Ñúñez 李")).isEqualTo("Zoë Ñúñez 李");
    }
}
