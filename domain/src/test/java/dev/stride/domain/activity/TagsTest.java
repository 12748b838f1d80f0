package dev.stride.domain.activity;

import static dev.stride.domain.ValidationAssertions.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.validation.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TagsTest {

    private static List<String> numbered(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "tag-" + i).toList();
    }

    @Test
    void nullMeansNoTags() {
        assertThat(Tags.of(null)).isEqualTo(Tags.none());
        assertThat(Tags.none().values()).isEmpty();
    }

    @Test
    void emptyListMeansNoTags() {
        assertThat(Tags.of(List.of()).values()).isEmpty();
    }

    @Test
    void tagsAreLowerCased() {
        assertThat(Tags.of(List.of("Morning", "HILL-REPEATS", "5K")).values())
                .containsExactly("morning", "hill-repeats", "5k");
    }

    @Test
    void duplicatesCollapseAfterLowerCasingKeepingFirstOrder() {
        assertThat(Tags.of(List.of("b", "A", "c", "a", "B", "b")).values()).containsExactly("b", "a", "c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "-", "a-b-c", "2024", "abcdefghijklmnopqrstuvwxyz012345"})
    void acceptsLettersDigitsAndHyphensOneTo32(String tag) {
        assertThat(Tags.of(List.of(tag)).values()).containsExactly(tag);
    }

    @Test
    void lengthIsCheckedAfterLowerCasing() {
        String upper32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
        assertThat(Tags.of(List.of(upper32)).values()).containsExactly(upper32.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "with space", "under_score", "dot.ted", "émile", "tag!",
            "abcdefghijklmnopqrstuvwxyz0123456", " padded"})
    void refusesOtherShapes(String tag) {
        assertThat(violationsOf(() -> Tags.of(List.of("fine", tag))))
                .containsExactly(new FieldError("tags[1]", "must match [a-z0-9-]{1,32}"));
    }

    @Test
    void everyBadTagIsReportedByIndex() {
        assertThat(violationsOf(() -> Tags.of(Arrays.asList(null, "ok", "no good", "OK", "x_y"))))
                .extracting(FieldError::field)
                .containsExactly("tags[0]", "tags[2]", "tags[4]");
    }

    @Test
    void tenTagsAreAllowed() {
        assertThat(Tags.of(numbered(10)).values()).hasSize(10).containsExactlyElementsOf(numbered(10));
    }

    @Test
    void elevenDistinctTagsAreRefused() {
        assertThat(violationsOf(() -> Tags.of(numbered(11))))
                .containsExactly(new FieldError("tags", "must hold at most 10 distinct tags"));
    }

    @Test
    void theLimitCountsDistinctTagsAfterNormalising() {
        List<String> raw = new ArrayList<>(numbered(10));
        raw.addAll(List.of("TAG-1", "Tag-2", "tag-3"));
        assertThat(Tags.of(raw).values()).containsExactlyElementsOf(numbered(10));
    }

    @Test
    void valuesAreImmutableAndDetachedFromTheInput() {
        List<String> raw = new ArrayList<>(List.of("a", "b"));
        Tags tags = new Tags(raw);
        raw.add("c");

        assertThat(tags.values()).containsExactly("a", "b");
        assertThatThrownBy(() -> tags.values().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void normaliseOneLowerCasesASingleFilterTag() {
        assertThat(Tags.normaliseOne("Hill-5", "tag")).isEqualTo("hill-5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "x_y", "abcdefghijklmnopqrstuvwxyz0123456"})
    void normaliseOneRefusesBadShapesNamingTheField(String raw) {
        assertThat(violationsOf(() -> Tags.normaliseOne(raw, "tag")))
                .containsExactly(new FieldError("tag", "must match [a-z0-9-]{1,32}"));
    }

    @Test
    void normaliseOneRefusesNull() {
        assertThat(violationsOf(() -> Tags.normaliseOne(null, "tag"))).extracting(FieldError::field)
                .containsExactly("tag");
    }

    /** 200,000 bad entries must not cost 200,000 field errors: the count comes first, then a few by index. */
    @Test
    void aHugeListIsAnsweredShortly() {
        List<String> empties = Collections.nCopies(200_000, "");

        List<FieldError> errors = violationsOf(() -> Tags.of(empties));

        assertThat(errors).hasSize(Tags.MAX_TAGS + 1);
        assertThat(errors.get(0)).isEqualTo(new FieldError("tags[0]", "must match [a-z0-9-]{1,32}"));
        assertThat(errors.get(Tags.MAX_TAGS))
                .isEqualTo(new FieldError("tags", "199990 more entries must match [a-z0-9-]{1,32}"));
    }

    @Test
    void tooManyDistinctTagsAreOneErrorWhateverTheirShape() {
        List<String> many = IntStream.range(0, 50_000).mapToObj(i -> "BAD TAG " + i).toList();

        assertThat(violationsOf(() -> Tags.of(many)))
                .containsExactly(new FieldError("tags", "must hold at most 10 distinct tags"));
    }
}
