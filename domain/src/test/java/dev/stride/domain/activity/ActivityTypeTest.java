package dev.stride.domain.activity;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.stride.domain.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityTypeTest {

    private static final String THIRTY_TWO = "abcdefghijklmnopqrstuvwxyz_abcde";
    private static final String THIRTY_THREE = "abcdefghijklmnopqrstuvwxyz_abcdef";

    @Test
    void edgeLengthsAreWhatTheirNamesSay() {
        assertThat(THIRTY_TWO).hasSize(32);
        assertThat(THIRTY_THREE).hasSize(33);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "z", "_", "running", "weight_lifting", THIRTY_TWO})
    void parseAcceptsLowerCaseLettersAndUnderscoresOneTo32(String raw) {
        ActivityType type = ActivityType.parse(raw, "activityType");
        assertThat(type.value()).isEqualTo(raw);
        assertThat(type).hasToString(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", THIRTY_THREE, "Running", "A", "run-fast", "run5", "run fast", "running\n", "ñ"})
    void parseRefusesOtherShapesNamingTheGivenField(String raw) {
        assertThat(violationsOf(() -> ActivityType.parse(raw, "type")))
                .containsExactly(new FieldError("type", "must match [a-z_]{1,32}"));
    }

    @Test
    void parseRefusesNull() {
        assertThat(violationsOf(() -> ActivityType.parse(null, "activityType")))
                .containsExactly(new FieldError("activityType", "must not be null"));
    }

    @Test
    void parseDoesNotLowerCase() {
        assertThat(violationsOf(() -> ActivityType.parse("Cycling", "activityType"))).hasSize(1);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", THIRTY_THREE, "Running"})
    void constructorRefusesInvalidValues(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ActivityType(raw));
    }

    @Test
    void equalValuesAreEqual() {
        assertThat(new ActivityType("running")).isEqualTo(ActivityType.parse("running", "x"));
    }
}
