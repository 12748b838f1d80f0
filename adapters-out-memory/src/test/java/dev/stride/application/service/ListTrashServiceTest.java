package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListTrashServiceTest {

    private static final PageRequest ALL = new PageRequest(1, 100);

    private final UserId ann = UserId.newId();
    private final UserId bob = UserId.newId();
    private Fixtures world;
    private ListTrashService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new ListTrashService(world.activities);
    }

    @Test
    void anEmptyTrash() {
        world.logged(ann, Fixtures.running("2024-02-20"));

        Page<Activity> page = service.listTrash(ann, ALL);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void holdsTheOwnersDeletedActivitiesMostRecentlyDeletedFirst() {
        Activity a = world.logged(ann, Fixtures.running("2024-02-25"));
        Activity b = world.logged(ann, Fixtures.running("2024-02-10"));
        Activity c = world.logged(ann, Fixtures.running("2024-02-27"));
        Activity live = world.logged(ann, Fixtures.running("2024-02-27"));
        Activity bobs = world.logged(bob, Fixtures.running("2024-02-27"));
        world.trashed(ann, b.id());
        world.trashed(ann, c.id());
        world.trashed(ann, a.id());
        world.trashed(bob, bobs.id());

        Page<Activity> page = service.listTrash(ann, ALL);

        assertThat(page.items()).extracting(Activity::id).containsExactly(a.id(), c.id(), b.id())
                .doesNotContain(live.id(), bobs.id());
        assertThat(page.items()).allSatisfy(activity -> assertThat(activity.isDeleted()).isTrue());
        assertThat(page.total()).isEqualTo(3);
        assertThat(service.listTrash(bob, ALL).items()).extracting(Activity::id).containsExactly(bobs.id());
    }

    @Test
    void pagesThroughTheTrash() {
        Activity a = world.logged(ann, Fixtures.running("2024-02-25"));
        Activity b = world.logged(ann, Fixtures.running("2024-02-25"));
        Activity c = world.logged(ann, Fixtures.running("2024-02-25"));
        world.trashed(ann, a.id());
        world.trashed(ann, b.id());
        world.trashed(ann, c.id());

        Page<Activity> first = service.listTrash(ann, new PageRequest(1, 2));
        Page<Activity> second = service.listTrash(ann, new PageRequest(2, 2));

        assertThat(first.items()).extracting(Activity::id).containsExactly(c.id(), b.id());
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.items()).extracting(Activity::id).containsExactly(a.id());
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void restoredAndPurgedActivitiesLeaveTheTrash() {
        Activity restored = world.logged(ann, Fixtures.running("2024-02-25"));
        Activity purged = world.logged(ann, Fixtures.running("2024-02-25"));
        Activity kept = world.logged(ann, Fixtures.running("2024-02-25"));
        world.trashed(ann, restored.id());
        world.trashed(ann, purged.id());
        world.trashed(ann, kept.id());

        new RestoreActivityService(world.activities, world.time, world.transactions, world.caches, world.outbox).restore(ann, restored.id());
        new PurgeActivityService(world.activities, world.audit, world.time, world.transactions, world.caches)
                .purge(new Actor(UserId.newId(), Tier.ADMIN), purged.id());

        assertThat(service.listTrash(ann, ALL).items()).extracting(Activity::id).containsExactly(kept.id());
    }
}
