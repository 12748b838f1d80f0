package dev.stride.application.service;

import static dev.stride.application.service.Fixtures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.in.ActivityInput;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateActivityServiceTest {

    private final UserId ann = UserId.newId();
    private Fixtures world;
    private CreateActivityService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new CreateActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox);
    }

    @Test
    void createsAVersionOneActivityOwnedByTheCallerAndStoresIt() {
        ActivityInput input = new ActivityInput("trail_running", 90, new BigDecimal("21.1"), "hilly",
                "2024-02-25", List.of("Hills", "LONG", "hills"));

        Activity created = service.create(ann, input);

        assertThat(created.ownerId()).isEqualTo(ann);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isEqualTo(Fixtures.START);
        assertThat(created.updatedAt()).isEqualTo(Fixtures.START);
        assertThat(created.isDeleted()).isFalse();
        assertThat(created.details().type().value()).isEqualTo("trail_running");
        assertThat(created.details().durationMinutes()).isEqualTo(90);
        assertThat(created.details().distanceKm()).isEqualTo(new BigDecimal("21.100"));
        assertThat(created.details().notes()).isEqualTo("hilly");
        assertThat(created.details().activityDate()).isEqualTo(LocalDate.of(2024, 2, 25));
        assertThat(created.details().tags().values()).containsExactly("hills", "long");

        assertThat(world.activities.findLive(ann, created.id())).get().usingRecursiveComparison().isEqualTo(created);
        assertThat(world.liveCount(ann)).isEqualTo(1);
    }

    @Test
    void everyActivityIsANewOne() {
        Activity first = service.create(ann, Fixtures.running("2024-02-20"));
        Activity second = service.create(ann, Fixtures.running("2024-02-20"));

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(world.liveCount(ann)).isEqualTo(2);
    }

    @Test
    void theActivityIsVisibleToItsOwnerOnly() {
        Activity created = service.create(ann, Fixtures.running("2024-02-20"));

        assertThat(world.activities.findLive(UserId.newId(), created.id())).isEmpty();
    }

    @Test
    void tomorrowInUtcIsAcceptedEvenOnALeapDay() {
        Activity created = service.create(ann, Fixtures.running("2024-02-29"));
        assertThat(created.details().activityDate()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void theDayAfterTomorrowIsRefusedAndNothingIsStored() {
        assertThat(violationsOf(() -> service.create(ann, Fixtures.running("2024-03-01"))))
                .extracting(FieldError::field).containsExactly("activityDate");
        assertThat(world.liveCount(ann)).isZero();
    }

    @Test
    void todayIsTheClocksDateInUtc() {
        world.time.set(Instant.parse("2024-02-28T23:59:59.999999Z"));
        assertThat(violationsOf(() -> service.create(ann, Fixtures.running("2024-03-01")))).hasSize(1);

        world.time.set(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(service.create(ann, Fixtures.running("2024-03-01")).details().activityDate())
                .isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aLeapDayDoesNotExistEveryYear() {
        world.time.set(Instant.parse("2023-06-01T12:00:00Z"));
        assertThat(violationsOf(() -> service.create(ann, Fixtures.running("2023-02-29"))))
                .containsExactly(new FieldError("activityDate", "must be a date as YYYY-MM-DD"));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceAndNothingIsStored() {
        ActivityInput input = new ActivityInput("Run!", 1441, new BigDecimal("0.0001"), "n".repeat(2001),
                "someday", List.of("ok", "not ok"));

        assertThat(violationsOf(() -> service.create(ann, input))).extracting(FieldError::field)
                .containsExactly("activityType", "durationMinutes", "distanceKm", "notes", "activityDate", "tags[1]");
        assertThat(world.liveCount(ann)).isZero();
    }

    @Test
    void onlyTheRequiredFieldsAreNeeded() {
        Activity created = service.create(ann, new ActivityInput("yoga", 1, null, null, "2024-02-28", null));

        assertThat(created.details().distanceKm()).isNull();
        assertThat(created.details().notes()).isNull();
        assertThat(created.details().tags().values()).isEmpty();
        assertThat(created.details().durationMinutes()).isEqualTo(1);
    }
}
