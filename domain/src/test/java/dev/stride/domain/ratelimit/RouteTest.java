package dev.stride.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouteTest {

    @Test
    void everyMatchesAnything() {
        assertThat(Route.parse("*").matches("DELETE", "/anything/at/all")).isTrue();
        assertThat(Route.parse(" * ")).isSameAs(Route.every());
    }

    @Test
    void aTemplateMatchesItsMethodAndExactlyItsSegments() {
        Route list = Route.parse("GET /activities");

        assertThat(list.matches("GET", "/activities")).isTrue();
        assertThat(list.matches("get", "/activities/")).isTrue();
        assertThat(list.matches("POST", "/activities")).isFalse();
        assertThat(list.matches("GET", "/activities/123")).isFalse();
        assertThat(list.matches("GET", "/activitiesx")).isFalse();
        assertThat(list.matches("GET", "/")).isFalse();
    }

    @Test
    void aParameterMatchesAnyOneNonEmptySegment() {
        Route restore = Route.parse("post /activities/{id}/restore");

        assertThat(restore.matches("POST", "/activities/0b6c/restore")).isTrue();
        assertThat(restore.matches("POST", "/activities//restore")).isFalse();
        assertThat(restore.matches("POST", "/activities/a/b/restore")).isFalse();
        assertThat(restore).hasToString("POST /activities/{id}/restore");
    }

    @Test
    void refusesWhatIsNotARoute() {
        assertThatThrownBy(() -> Route.parse("/activities")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.parse("GET activities")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Route.parse("G3T /x")).isInstanceOf(IllegalArgumentException.class);
    }
}
