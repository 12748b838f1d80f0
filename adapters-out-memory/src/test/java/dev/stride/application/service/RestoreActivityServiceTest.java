package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.activity.ActivityNotDeletedException;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestoreActivityServiceTest {

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private RestoreActivityService service;
    private Activity original;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new RestoreActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox);
        original = world.logged(ann, Fixtures.running("2024-02-20"));
    }

    private Activity stored() {
        return world.stored(original.id()).orElseThrow();
    }

    @Test
    void takesADeletedActivityOutOfTheTrash() {
        world.trashed(ann, original.id());
        Instant now = world.time.now();

        Activity restored = service.restore(ann, original.id());

        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored.deletedAt()).isNull();
        assertThat(restored.updatedAt()).isEqualTo(now);
        assertThat(restored.createdAt()).isEqualTo(original.createdAt());
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.details()).isEqualTo(original.details());
        assertThat(stored()).usingRecursiveComparison().isEqualTo(restored);
        assertThat(world.activities.findLive(ann, original.id())).isPresent();
        assertThat(world.trashCount(ann)).isZero();
        assertThat(world.liveCount(ann)).isEqualTo(1);
    }

    @Test
    void aLiveActivityCannotBeRestored() {
        assertThatThrownBy(() -> service.restore(ann, original.id()))
                .isInstanceOf(ActivityNotDeletedException.class);
        assertThat(stored()).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void restoringTwiceIsAConflictTheSecondTime() {
        world.trashed(ann, original.id());
        Activity restored = service.restore(ann, original.id());

        assertThatThrownBy(() -> service.restore(ann, original.id()))
                .isInstanceOf(ActivityNotDeletedException.class);
        assertThat(stored()).usingRecursiveComparison().isEqualTo(restored);
    }

    @Test
    void anUnknownActivityIsNotFound() {
        assertThatThrownBy(() -> service.restore(ann, ActivityId.newId()))
                .isInstanceOf(ActivityNotFoundException.class);
    }

    @Test
    void anotherUsersDeletedActivityIsNotFoundAndStaysInTheTrash() {
        world.trashed(ann, original.id());
        Activity deleted = stored();

        assertThatThrownBy(() -> service.restore(bob, original.id())).isInstanceOf(ActivityNotFoundException.class);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(deleted);
        assertThat(world.trashCount(ann)).isEqualTo(1);
    }

    @Test
    void anotherUsersLiveActivityIsNotFoundRatherThanAConflict() {
        assertThatThrownBy(() -> service.restore(bob, original.id())).isInstanceOf(ActivityNotFoundException.class);
    }

    @Test
    void aPurgedActivityIsNotFound() {
        world.trashed(ann, original.id());
        new PurgeActivityService(world.activities, world.audit, world.time, world.transactions, world.caches)
                .purge(new Actor(UserId.newId(), Tier.ADMIN), original.id());

        assertThatThrownBy(() -> service.restore(ann, original.id())).isInstanceOf(ActivityNotFoundException.class);
    }
}
