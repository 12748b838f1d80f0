package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.AdminRequiredException;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListAuditEntriesServiceTest {

    private static final PageRequest ALL = new PageRequest(1, 100);

    private final UserId ann = UserId.newId();
    private final Actor admin = new Actor(UserId.newId(), Tier.ADMIN);
    private final Actor otherAdmin = new Actor(UserId.newId(), Tier.ADMIN);
    private Fixtures world;
    private ListAuditEntriesService service;
    private PurgeActivityService purge;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new ListAuditEntriesService(world.audit);
        purge = new PurgeActivityService(world.activities, world.audit, world.time, world.transactions, world.caches);
    }

    private Activity purged(Actor by, String type) {
        Activity activity = world.logged(ann, Fixtures.input(type, "2024-02-20"));
        purge.purge(by, activity.id());
        world.time.advance(Duration.ofSeconds(30));
        return activity;
    }

    @Test
    void anEmptyLog() {
        Page<AuditEntry> page = service.list(admin, ALL);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void adminsSeeEveryEntryNewestFirst() {
        Activity first = purged(admin, "running");
        Activity second = purged(otherAdmin, "cycling");
        Activity third = purged(admin, "rowing");

        Page<AuditEntry> page = service.list(otherAdmin, ALL);

        assertThat(page.items()).extracting(AuditEntry::targetId)
                .containsExactly(third.id().toString(), second.id().toString(), first.id().toString());
        assertThat(page.items()).extracting(AuditEntry::actorId)
                .containsExactly(admin.id(), otherAdmin.id(), admin.id());
        assertThat(page.items()).extracting(AuditEntry::action).containsOnly(AuditAction.ACTIVITY_PURGED);
        assertThat(page.items()).extracting(entry -> entry.details().get("activityType"))
                .containsExactly("rowing", "cycling", "running");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void pagesThroughTheLog() {
        Activity first = purged(admin, "running");
        Activity second = purged(admin, "cycling");
        Activity third = purged(admin, "rowing");

        Page<AuditEntry> one = service.list(admin, new PageRequest(1, 2));
        Page<AuditEntry> two = service.list(admin, new PageRequest(2, 2));

        assertThat(one.items()).extracting(AuditEntry::targetId)
                .containsExactly(third.id().toString(), second.id().toString());
        assertThat(one.total()).isEqualTo(3);
        assertThat(one.hasNext()).isTrue();
        assertThat(two.items()).extracting(AuditEntry::targetId).containsExactly(first.id().toString());
        assertThat(two.hasNext()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Tier.class, names = {"FREE", "PREMIUM"})
    void nonAdminsAreRefused(Tier tier) {
        purged(admin, "running");

        assertThatThrownBy(() -> service.list(new Actor(UserId.newId(), tier), ALL))
                .isInstanceOf(AdminRequiredException.class);
    }

    @Test
    void theAdminWhoPurgedIsRefusedOnceNoLongerAdmin() {
        purged(admin, "running");

        assertThatThrownBy(() -> service.list(new Actor(admin.id(), Tier.FREE), ALL))
                .isInstanceOf(AdminRequiredException.class);
    }
}
