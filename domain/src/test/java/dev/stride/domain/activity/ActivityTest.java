package dev.stride.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityTest {

    private static final Instant T0 = Instant.parse("2024-02-28T08:00:00Z");
    private static final Instant T1 = T0.plus(Duration.ofMinutes(5));
    private static final Instant T2 = T0.plus(Duration.ofHours(1));
    private static final Instant T3 = T0.plus(Duration.ofDays(1));
    private static final UserId OWNER = UserId.newId();

    private static ActivityDetails details(String type) {
        return new ActivityDetails(new ActivityType(type), 30, new BigDecimal("5.000"), null,
                LocalDate.of(2024, 2, 27), new Tags(List.of("easy")));
    }

    @Test
    void loggingStartsAtVersionOneActiveAndOwned() {
        Activity activity = Activity.log(OWNER, details("running"), T0);

        assertThat(activity.id()).isNotNull();
        assertThat(activity.ownerId()).isEqualTo(OWNER);
        assertThat(activity.details()).isEqualTo(details("running"));
        assertThat(activity.version()).isEqualTo(1);
        assertThat(activity.versionTag()).isEqualTo("1");
        assertThat(activity.createdAt()).isEqualTo(T0);
        assertThat(activity.updatedAt()).isEqualTo(T0);
        assertThat(activity.deletedAt()).isNull();
        assertThat(activity.isDeleted()).isFalse();
        assertThat(activity.isOwnedBy(OWNER)).isTrue();
        assertThat(activity.isOwnedBy(UserId.newId())).isFalse();
    }

    @Test
    void everyLoggedActivityGetsItsOwnId() {
        assertThat(Activity.log(OWNER, details("running"), T0).id())
                .isNotEqualTo(Activity.log(OWNER, details("running"), T0).id());
    }

    @Test
    void revisingReplacesDetailsRaisesVersionAndKeepsCreation() {
        Activity logged = Activity.log(OWNER, details("running"), T0);

        Activity revised = logged.revise(details("cycling"), T1);

        assertThat(revised.id()).isEqualTo(logged.id());
        assertThat(revised.ownerId()).isEqualTo(OWNER);
        assertThat(revised.details().type().value()).isEqualTo("cycling");
        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.createdAt()).isEqualTo(T0);
        assertThat(revised.updatedAt()).isEqualTo(T1);
        assertThat(revised.isDeleted()).isFalse();
        // immutable: the old state is untouched
        assertThat(logged.version()).isEqualTo(1);
        assertThat(logged.details().type().value()).isEqualTo("running");
        assertThat(logged.updatedAt()).isEqualTo(T0);
    }

    @Test
    void versionsIncreaseWithEveryChangeAndTheTagFollows() {
        Activity a1 = Activity.log(OWNER, details("running"), T0);
        Activity a2 = a1.revise(details("cycling"), T1);
        Activity a3 = a2.softDelete(T2);
        Activity a4 = a3.restore(T3);
        Activity a5 = a4.revise(details("rowing"), T3);

        assertThat(List.of(a1, a2, a3, a4, a5)).extracting(Activity::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(a5.versionTag()).isEqualTo("5");
        assertThat(a5.hasVersionTag("5")).isTrue();
        assertThat(a5.hasVersionTag("4")).isFalse();
        assertThat(a5.hasVersionTag("\"5\"")).isFalse();
        assertThat(a5.hasVersionTag("")).isFalse();
    }

    @Test
    void softDeletingMovesToTrashAtNow() {
        Activity logged = Activity.log(OWNER, details("running"), T0);

        Activity deleted = logged.softDelete(T1);

        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.deletedAt()).isEqualTo(T1);
        assertThat(deleted.updatedAt()).isEqualTo(T1);
        assertThat(deleted.createdAt()).isEqualTo(T0);
        assertThat(deleted.version()).isEqualTo(2);
        assertThat(deleted.details()).isEqualTo(logged.details());
        assertThat(logged.isDeleted()).isFalse();
    }

    @Test
    void aDeletedActivityCannotBeRevised() {
        Activity deleted = Activity.log(OWNER, details("running"), T0).softDelete(T1);

        assertThatThrownBy(() -> deleted.revise(details("cycling"), T2))
                .isInstanceOf(ActivityDeletedException.class)
                .hasMessageContaining(deleted.id().toString());
    }

    @Test
    void aDeletedActivityCannotBeDeletedAgain() {
        Activity deleted = Activity.log(OWNER, details("running"), T0).softDelete(T1);

        assertThatThrownBy(() -> deleted.softDelete(T2)).isInstanceOf(ActivityDeletedException.class);
    }

    @Test
    void restoringTakesOutOfTheTrash() {
        Activity deleted = Activity.log(OWNER, details("running"), T0).softDelete(T1);

        Activity restored = deleted.restore(T2);

        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.deletedAt()).isNull();
        assertThat(restored.updatedAt()).isEqualTo(T2);
        assertThat(restored.createdAt()).isEqualTo(T0);
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.details()).isEqualTo(deleted.details());
        assertThat(restored.id()).isEqualTo(deleted.id());
    }

    @Test
    void onlyADeletedActivityCanBeRestored() {
        Activity live = Activity.log(OWNER, details("running"), T0);

        assertThatThrownBy(() -> live.restore(T1))
                .isInstanceOf(ActivityNotDeletedException.class)
                .hasMessageContaining(live.id().toString());
    }

    @Test
    void aRestoredActivityCannotBeRestoredTwiceButCanBeEditedAndDeletedAgain() {
        Activity restored = Activity.log(OWNER, details("running"), T0).softDelete(T1).restore(T2);

        assertThatThrownBy(() -> restored.restore(T3)).isInstanceOf(ActivityNotDeletedException.class);
        assertThat(restored.revise(details("cycling"), T3).version()).isEqualTo(4);
        assertThat(restored.softDelete(T3).deletedAt()).isEqualTo(T3);
    }

    @Test
    void requiredPartsMustBePresent() {
        ActivityId id = ActivityId.newId();
        ActivityDetails d = details("running");
        assertThatNullPointerException().isThrownBy(() -> new Activity(null, OWNER, d, T0, T0, null, 1));
        assertThatNullPointerException().isThrownBy(() -> new Activity(id, null, d, T0, T0, null, 1));
        assertThatNullPointerException().isThrownBy(() -> new Activity(id, OWNER, null, T0, T0, null, 1));
        assertThatNullPointerException().isThrownBy(() -> new Activity(id, OWNER, d, null, T0, null, 1));
        assertThatNullPointerException().isThrownBy(() -> new Activity(id, OWNER, d, T0, null, null, 1));
    }
}
