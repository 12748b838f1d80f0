package dev.stride.domain.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTest {

    @ParameterizedTest(name = "total {0}, limit {1} -> {2} pages")
    @CsvSource({
        "0, 20, 0",
        "1, 20, 1",
        "19, 20, 1",
        "20, 20, 1",
        "21, 20, 2",
        "40, 20, 2",
        "41, 20, 3",
        "100, 1, 100",
        "1, 100, 1",
        "101, 100, 2"
    })
    void totalPagesRoundsUp(long total, int limit, long pages) {
        assertThat(new Page<>(List.of(), 1, limit, total).totalPages()).isEqualTo(pages);
    }

    @ParameterizedTest(name = "page {0} of total {1} (limit 20): hasNext={2}")
    @CsvSource({
        "1, 0, false",
        "1, 20, false",
        "1, 21, true",
        "2, 21, false",
        "1, 45, true",
        "2, 45, true",
        "3, 45, false",
        "4, 45, false",
        "9, 45, false"
    })
    void hasNextWhileALaterPageHoldsItems(int page, long total, boolean hasNext) {
        assertThat(new Page<>(List.of(), page, 20, total).hasNext()).isEqualTo(hasNext);
    }

    @Test
    void ofTakesPageAndLimitFromTheRequest() {
        Page<String> page = Page.of(List.of("c", "d"), new PageRequest(2, 2), 5);

        assertThat(page.items()).containsExactly("c", "d");
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void mapConvertsItemsAndKeepsTheCounts() {
        Page<Integer> page = Page.of(List.of("a", "bb", "ccc"), new PageRequest(1, 3), 7).map(String::length);

        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(page.page()).isEqualTo(1);
        assertThat(page.limit()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(7);
    }

    @Test
    void itemsAreImmutableAndDetachedFromTheInput() {
        List<String> items = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 1, 20, 1);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
        assertThatThrownBy(() -> page.items().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }
}
