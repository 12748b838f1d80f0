package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetActivityServiceTest {

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private GetActivityService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new GetActivityService(world.activities);
    }

    @Test
    void theOwnerGetsTheirActivity() {
        Activity logged = world.logged(ann, Fixtures.running("2024-02-20"));

        assertThat(service.get(ann, logged.id())).usingRecursiveComparison().isEqualTo(logged);
    }

    @Test
    void anotherUsersActivityIsNotFound() {
        Activity logged = world.logged(ann, Fixtures.running("2024-02-20"));

        assertThatThrownBy(() -> service.get(bob, logged.id())).isInstanceOf(ActivityNotFoundException.class);
    }

    @Test
    void anUnknownIdIsNotFound() {
        world.logged(ann, Fixtures.running("2024-02-20"));

        assertThatThrownBy(() -> service.get(ann, ActivityId.newId())).isInstanceOf(ActivityNotFoundException.class);
    }

    @Test
    void aDeletedActivityIsNotFoundUntilRestored() {
        Activity logged = world.logged(ann, Fixtures.running("2024-02-20"));
        world.trashed(ann, logged.id());

        assertThatThrownBy(() -> service.get(ann, logged.id())).isInstanceOf(ActivityNotFoundException.class);

        new RestoreActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox).restore(ann, logged.id());
        assertThat(service.get(ann, logged.id()).version()).isEqualTo(3);
    }
}
