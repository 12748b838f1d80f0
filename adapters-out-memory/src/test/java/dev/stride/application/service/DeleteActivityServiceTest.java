package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteActivityServiceTest {

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private DeleteActivityService service;
    private Activity original;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new DeleteActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox);
        original = world.logged(ann, Fixtures.running("2024-02-20"));
    }

    private Activity stored() {
        return world.stored(original.id()).orElseThrow();
    }

    @Test
    void movesTheActivityToTheTrash() {
        Instant now = world.time.now();

        service.delete(ann, original.id());

        Activity deleted = stored();
        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.deletedAt()).isEqualTo(now);
        assertThat(deleted.updatedAt()).isEqualTo(now);
        assertThat(deleted.createdAt()).isEqualTo(original.createdAt());
        assertThat(deleted.version()).isEqualTo(2);
        assertThat(deleted.details()).isEqualTo(original.details());
        assertThat(world.activities.findLive(ann, original.id())).isEmpty();
        assertThat(world.liveCount(ann)).isZero();
        assertThat(world.trashCount(ann)).isEqualTo(1);
    }

    @Test
    void deletingTwiceIsNotFoundTheSecondTime() {
        service.delete(ann, original.id());
        Activity deleted = stored();

        assertThatThrownBy(() -> service.delete(ann, original.id())).isInstanceOf(ActivityNotFoundException.class);
        assertThat(stored()).usingRecursiveComparison().isEqualTo(deleted);
    }

    @Test
    void anUnknownActivityIsNotFound() {
        assertThatThrownBy(() -> service.delete(ann, ActivityId.newId()))
                .isInstanceOf(ActivityNotFoundException.class);
        assertThat(stored()).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void anotherUsersActivityIsNotFoundAndStaysUntouched() {
        assertThatThrownBy(() -> service.delete(bob, original.id())).isInstanceOf(ActivityNotFoundException.class);

        assertThat(stored()).usingRecursiveComparison().isEqualTo(original);
        assertThat(world.trashCount(bob)).isZero();
    }

    @Test
    void aRestoredActivityCanBeDeletedAgain() {
        service.delete(ann, original.id());
        new RestoreActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox).restore(ann, original.id());

        service.delete(ann, original.id());

        assertThat(stored().isDeleted()).isTrue();
        assertThat(stored().version()).isEqualTo(4);
    }

    @Test
    void onlyTheNamedActivityIsDeleted() {
        Activity other = world.logged(ann, Fixtures.running("2024-02-21"));

        service.delete(ann, original.id());

        assertThat(world.activities.findLive(ann, other.id())).get().usingRecursiveComparison().isEqualTo(other);
    }
}
