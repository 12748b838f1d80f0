package dev.stride.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void noViolationsThrowNothing() {
        Violations violations = new Violations();
        assertThat(violations.isEmpty()).isTrue();
        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void addedViolationsAreThrownTogetherInOrder() {
        Violations violations = new Violations();
        violations.add("a", "first");
        violations.add("b", "second");

        assertThat(violations.isEmpty()).isFalse();
        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(new FieldError("a", "first"),
                        new FieldError("b", "second")));
    }

    @Test
    void collectReturnsTheResultOfAPassingCheck() {
        Violations violations = new Violations();
        assertThat(violations.collect(() -> "value")).isEqualTo("value");
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void collectKeepsEveryErrorOfAFailingCheckAndGoesOn() {
        Violations violations = new Violations();
        String result = violations.collect(() -> {
            throw new ValidationException(List.of(new FieldError("x", "one"), new FieldError("y", "two")));
        });
        violations.add("z", "three");

        assertThat(result).isNull();
        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("x", "y", "z"));
    }

    @Test
    void collectLetsOtherFailuresThrough() {
        Violations violations = new Violations();
        assertThatIllegalArgumentException().isThrownBy(() -> violations.collect(() -> {
            throw new IllegalArgumentException("bug");
        }));
        assertThat(violations.isEmpty()).isTrue();
    }

    @Test
    void aValidationExceptionNeedsAtLeastOneError() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ValidationException(List.of()));
    }

    @Test
    void aValidationExceptionListsItsErrorsImmutably() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("a", "bad")));
        ValidationException e = new ValidationException(errors);
        errors.add(new FieldError("b", "later"));

        assertThat(e.errors()).containsExactly(new FieldError("a", "bad"));
        assertThat(e).hasMessageContaining("a").hasMessageContaining("bad");
        assertThatThrownBy(() -> e.errors().add(new FieldError("c", "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ofBuildsASingleError() {
        assertThat(ValidationException.of("f", "m").errors()).containsExactly(new FieldError("f", "m"));
    }
}
