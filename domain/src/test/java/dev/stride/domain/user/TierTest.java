package dev.stride.domain.user;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.domain.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TierTest {

    @Test
    void wireNamesAreLowerCase() {
        assertThat(Tier.FREE.wireName()).isEqualTo("free");
        assertThat(Tier.PREMIUM.wireName()).isEqualTo("premium");
        assertThat(Tier.ADMIN.wireName()).isEqualTo("admin");
    }

    @ParameterizedTest
    @EnumSource(Tier.class)
    void wireNamesRoundTrip(Tier tier) {
        assertThat(Tier.fromWireName(tier.wireName())).isEqualTo(tier);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "ADMIN", "Free", " free", "gold"})
    void unknownWireNamesAreRefused(String raw) {
        assertThat(violationsOf(() -> Tier.fromWireName(raw)))
                .containsExactly(new FieldError("tier", "must be one of free, premium, admin"));
    }
}
