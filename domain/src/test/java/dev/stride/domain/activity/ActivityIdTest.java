package dev.stride.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityIdTest {

    @Test
    void parsesAUuidAndPrintsItBack() {
        String raw = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        assertThat(ActivityId.parse(raw)).contains(new ActivityId(UUID.fromString(raw)));
        assertThat(ActivityId.parse(raw).orElseThrow()).hasToString(raw);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "not-a-uuid", "3f2504e0-4f89-41d3-9a0c-0305e82c3301-extra", "123"})
    void anythingElseNamesNoActivity(String raw) {
        assertThat(ActivityId.parse(raw)).isEmpty();
    }

    @Test
    void newIdsAreUnique() {
        assertThat(ActivityId.newId()).isNotEqualTo(ActivityId.newId());
    }

    @Test
    void valueIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ActivityId(null));
    }
}
