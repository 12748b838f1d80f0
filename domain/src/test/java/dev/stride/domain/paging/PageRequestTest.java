package dev.stride.domain.paging;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.domain.validation.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 999_999, 1_000_000})
    void acceptsPagesFromOne(int page) {
        assertThat(new PageRequest(page, 20).page()).isEqualTo(page);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1_000_001, Integer.MAX_VALUE})
    void refusesPagesBelowOneOrAbsurdlyDeep(int page) {
        assertThat(violationsOf(() -> new PageRequest(page, 20)))
                .containsExactly(new FieldError("page", "must be between 1 and 1000000"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 50, 99, 100})
    void acceptsLimitsFromOneTo100(int limit) {
        assertThat(new PageRequest(1, limit).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 101, 1000})
    void refusesOtherLimits(int limit) {
        assertThat(violationsOf(() -> new PageRequest(1, limit)))
                .containsExactly(new FieldError("limit", "must be between 1 and 100"));
    }

    @Test
    void reportsBothBrokenRulesAtOnce() {
        assertThat(violationsOf(() -> new PageRequest(0, 0))).extracting(FieldError::field)
                .containsExactly("page", "limit");
    }

    @Test
    void firstPageUsesTheDefaults() {
        assertThat(PageRequest.firstPage()).isEqualTo(new PageRequest(1, 20));
    }

    @Test
    void offsetSkipsThePreviousPages() {
        assertThat(new PageRequest(1, 20).offset()).isZero();
        assertThat(new PageRequest(2, 20).offset()).isEqualTo(20);
        assertThat(new PageRequest(3, 7).offset()).isEqualTo(14);
        assertThat(new PageRequest(1_000_000, 100).offset()).isEqualTo(99_999_900L);
    }
}
