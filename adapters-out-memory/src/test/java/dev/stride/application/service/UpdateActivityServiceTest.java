package dev.stride.application.service;

import static dev.stride.application.service.Fixtures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.ActivityInput;
import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.PreconditionFailedException;
import dev.stride.application.port.in.UpdateActivityCommand;
import dev.stride.application.port.in.VersionPrecondition;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateActivityServiceTest {

    private static final ActivityInput RIDE = new ActivityInput("cycling", 120, new BigDecimal("55.25"), "windy",
            "2024-02-27", List.of("Long", "long", "solo"));

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private UpdateActivityService service;
    private Activity original;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new UpdateActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox);
        original = world.logged(ann, Fixtures.running("2024-02-20"));
    }

    private Activity update(UserId owner, ActivityId id, ActivityInput input, VersionPrecondition precondition) {
        return service.update(new UpdateActivityCommand(owner, id, input, precondition));
    }

    private static VersionPrecondition ifMatch(String... versionTags) {
        return VersionPrecondition.oneOf(Set.of(versionTags));
    }

    /** What a client sends as {@code If-Match: *}: the REST adapter maps it to the same as no header. */
    private static final VersionPrecondition ANY = VersionPrecondition.NONE;

    private Activity stored() {
        return world.stored(original.id()).orElseThrow();
    }

    @Test
    void replacesEveryFieldRaisesTheVersionAndKeepsCreation() {
        Instant now = world.time.now();

        Activity revised = update(ann, original.id(), RIDE, VersionPrecondition.NONE);

        assertThat(revised.id()).isEqualTo(original.id());
        assertThat(revised.ownerId()).isEqualTo(ann);
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.versionTag()).isEqualTo("2");
        assertThat(revised.createdAt()).isEqualTo(original.createdAt());
        assertThat(revised.updatedAt()).isEqualTo(now).isAfter(original.createdAt());
        assertThat(revised.details().type().value()).isEqualTo("cycling");
        assertThat(revised.details().durationMinutes()).isEqualTo(120);
        assertThat(revised.details().distanceKm()).isEqualTo(new BigDecimal("55.250"));
        assertThat(revised.details().notes()).isEqualTo("windy");
        assertThat(revised.details().activityDate()).isEqualTo(LocalDate.of(2024, 2, 27));
        assertThat(revised.details().tags().values()).containsExactly("long", "solo");
        assertThat(stored()).usingRecursiveComparison().isEqualTo(revised);
    }

    @Test
    void omittedOptionalFieldsAreCleared() {
        Activity revised = update(ann, original.id(), new ActivityInput("running", 45, null, null, "2024-02-20", null),
                VersionPrecondition.NONE);

        assertThat(revised.details().distanceKm()).isNull();
        assertThat(revised.details().notes()).isNull();
        assertThat(revised.details().tags().values()).isEmpty();
    }

    @Test
    void everyUpdateRaisesTheVersionAgain() {
        update(ann, original.id(), RIDE, ANY);
        update(ann, original.id(), RIDE, ANY);
        Activity third = update(ann, original.id(), RIDE, ANY);

        assertThat(third.version()).isEqualTo(4);
        assertThat(stored().version()).isEqualTo(4);
    }

    @Test
    void ifMatchWithTheCurrentVersionSucceeds() {
        Activity revised = update(ann, original.id(), RIDE, ifMatch(original.versionTag()));

        assertThat(revised.version()).isEqualTo(2);
        assertThat(update(ann, original.id(), Fixtures.running("2024-02-21"), ifMatch("2")).version()).isEqualTo(3);
    }

    @Test
    void ifMatchWithSeveralVersionsSucceedsWhenOneIsCurrent() {
        assertThat(update(ann, original.id(), RIDE, ifMatch("7", "1", "abc")).version()).isEqualTo(2);
    }

    @Test
    void aStaleVersionFailsThePreconditionAndChangesNothing() {
        Activity current = update(ann, original.id(), RIDE, ifMatch("1"));
        world.time.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> update(ann, original.id(), Fixtures.running("2024-02-26"), ifMatch("1")))
                .isInstanceOf(PreconditionFailedException.class);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(current);
    }

    @Test
    void aVersionFromTheFutureFailsThePrecondition() {
        assertThatThrownBy(() -> update(ann, original.id(), RIDE, ifMatch("2")))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void anIfMatchThatNamesNoUsableVersionFails() {
        // e.g. only weak tags were sent: strong comparison leaves nothing to match
        assertThatThrownBy(() -> update(ann, original.id(), RIDE, ifMatch()))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(stored().version()).isEqualTo(1);
    }

    @Test
    void withoutPreconditionOrWithStarAnyVersionIsOverwritten() {
        update(ann, original.id(), RIDE, VersionPrecondition.NONE);
        update(ann, original.id(), RIDE, VersionPrecondition.NONE);

        Activity revised = update(ann, original.id(), Fixtures.running("2024-02-21"), ANY);

        assertThat(revised.version()).isEqualTo(4);
        assertThat(revised.details().activityDate()).isEqualTo(LocalDate.of(2024, 2, 21));
    }

    @Test
    void anotherUsersActivityIsNotFoundEvenWithTheRightVersion() {
        assertThatThrownBy(() -> update(bob, original.id(), RIDE, ifMatch("1")))
                .isInstanceOf(ActivityNotFoundException.class);
        assertThatThrownBy(() -> update(bob, original.id(), RIDE, VersionPrecondition.NONE))
                .isInstanceOf(ActivityNotFoundException.class);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void anUnknownActivityIsNotFoundRatherThanAFailedPrecondition() {
        assertThatThrownBy(() -> update(ann, ActivityId.newId(), RIDE, ifMatch("999")))
                .isInstanceOf(ActivityNotFoundException.class);
    }

    @Test
    void aDeletedActivityIsNotFound() {
        world.trashed(ann, original.id());
        Activity deleted = stored();

        assertThatThrownBy(() -> update(ann, original.id(), RIDE, ifMatch(deleted.versionTag())))
                .isInstanceOf(ActivityNotFoundException.class);
        assertThatThrownBy(() -> update(ann, original.id(), RIDE, VersionPrecondition.NONE))
                .isInstanceOf(ActivityNotFoundException.class);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(deleted);
    }

    @Test
    void invalidInputIsRefusedWithEveryErrorAndChangesNothing() {
        ActivityInput bad = new ActivityInput("", 0, new BigDecimal("-1"), null, "2024-03-01", List.of("a b"));

        assertThat(violationsOf(() -> update(ann, original.id(), bad, VersionPrecondition.NONE)))
                .extracting(FieldError::field)
                .containsExactly("activityType", "durationMinutes", "distanceKm", "activityDate", "tags[0]");

        assertThat(stored()).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void theDateRuleFollowsTheClock() {
        assertThat(update(ann, original.id(), Fixtures.running("2024-02-29"), ANY).details().activityDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(violationsOf(() -> update(ann, original.id(), Fixtures.running("2024-03-01"), ANY)))
                .extracting(FieldError::field).containsExactly("activityDate");

        world.time.set(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(update(ann, original.id(), Fixtures.running("2024-03-01"), ANY).details().activityDate())
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }
}
