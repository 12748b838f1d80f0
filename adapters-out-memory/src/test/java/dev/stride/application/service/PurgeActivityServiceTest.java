package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.adapter.out.memory.InMemoryAuditLog;
import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.AdminRequiredException;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PurgeActivityServiceTest {

    private final UserId ann = UserId.newId();
    private final Actor admin = new Actor(UserId.newId(), Tier.ADMIN);
    private Fixtures world;
    private PurgeActivityService service;
    private Activity annsRun;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new PurgeActivityService(world.activities, world.audit, world.time, world.transactions, world.caches);
        annsRun = world.logged(ann, Fixtures.input("running", "2024-02-29", "race"));
    }

    private List<AuditEntry> auditEntries() {
        return world.audit.list(new PageRequest(1, 100)).items();
    }

    @Test
    void anAdminPurgesAnyUsersLiveActivityForGood() {
        service.purge(admin, annsRun.id());

        assertThat(world.stored(annsRun.id())).isEmpty();
        assertThat(world.liveCount(ann)).isZero();
        assertThat(world.trashCount(ann)).isZero();
    }

    @Test
    void thePurgeIsAuditedWithWhoWhatAndWhen() {
        Instant now = world.time.now();

        service.purge(admin, annsRun.id());

        assertThat(auditEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isNotNull();
            assertThat(entry.actorId()).isEqualTo(admin.id());
            assertThat(entry.action()).isEqualTo(AuditAction.ACTIVITY_PURGED);
            assertThat(entry.targetType()).isEqualTo("activity");
            assertThat(entry.targetId()).isEqualTo(annsRun.id().toString());
            assertThat(entry.at()).isEqualTo(now);
            assertThat(entry.details()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "ownerId", ann.toString(),
                    "activityType", "running",
                    "activityDate", "2024-02-29",
                    "wasDeleted", "false"));
        });
    }

    @Test
    void aTrashedActivityCanBePurgedAndTheEntrySaysSo() {
        world.trashed(ann, annsRun.id());

        service.purge(admin, annsRun.id());

        assertThat(world.stored(annsRun.id())).isEmpty();
        assertThat(world.trashCount(ann)).isZero();
        assertThat(auditEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.details()).containsEntry("wasDeleted", "true"));
    }

    @Test
    void onlyTheNamedActivityIsPurged() {
        Activity other = world.logged(ann, Fixtures.running("2024-02-21"));

        service.purge(admin, annsRun.id());

        assertThat(world.stored(other.id())).get().usingRecursiveComparison().isEqualTo(other);
    }

    @ParameterizedTest
    @EnumSource(value = Tier.class, names = {"FREE", "PREMIUM"})
    void nonAdminsAreRefusedAndNothingIsDeleted(Tier tier) {
        Actor notAdmin = new Actor(UserId.newId(), tier);

        assertThatThrownBy(() -> service.purge(notAdmin, annsRun.id())).isInstanceOf(AdminRequiredException.class);

        assertThat(world.stored(annsRun.id())).get().usingRecursiveComparison().isEqualTo(annsRun);
        assertThat(auditEntries()).isEmpty();
    }

    @Test
    void evenTheOwnerCannotPurgeWithoutBeingAdmin() {
        assertThatThrownBy(() -> service.purge(new Actor(ann, Tier.FREE), annsRun.id()))
                .isInstanceOf(AdminRequiredException.class);
        assertThat(world.stored(annsRun.id())).isPresent();
    }

    @Test
    void aNonAdminIsRefusedBeforeLearningWhetherTheActivityExists() {
        assertThatThrownBy(() -> service.purge(new Actor(ann, Tier.PREMIUM), ActivityId.newId()))
                .isInstanceOf(AdminRequiredException.class);
    }

    @Test
    void anUnknownActivityIsNotFoundAndNotAudited() {
        assertThatThrownBy(() -> service.purge(admin, ActivityId.newId()))
                .isInstanceOf(ActivityNotFoundException.class);
        assertThat(auditEntries()).isEmpty();
        assertThat(world.stored(annsRun.id())).isPresent();
    }

    @Test
    void purgingTwiceIsNotFoundTheSecondTimeAndAuditedOnce() {
        service.purge(admin, annsRun.id());

        assertThatThrownBy(() -> service.purge(admin, annsRun.id())).isInstanceOf(ActivityNotFoundException.class);
        assertThat(auditEntries()).hasSize(1);
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenThePurgeIsRolledBack() {
        FailingAuditLog failingAudit = new FailingAuditLog();
        Fixtures failing = new Fixtures(failingAudit);
        Activity survivor = failing.logged(ann, Fixtures.running("2024-02-20"));
        PurgeActivityService purge =
                new PurgeActivityService(failing.activities, failingAudit, failing.time, failing.transactions, failing.caches);

        assertThatThrownBy(() -> purge.purge(admin, survivor.id()))
                .isInstanceOf(IllegalStateException.class).hasMessage("audit log is down");

        assertThat(failingAudit.attempts).isEqualTo(1);
        assertThat(failing.stored(survivor.id())).get().usingRecursiveComparison().isEqualTo(survivor);
        assertThat(failing.activities.findLive(ann, survivor.id())).isPresent();
        assertThat(failingAudit.list(new PageRequest(1, 100)).total()).isZero();
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenATrashedActivityStaysInTheTrash() {
        FailingAuditLog failingAudit = new FailingAuditLog();
        Fixtures failing = new Fixtures(failingAudit);
        Activity survivor = failing.logged(ann, Fixtures.running("2024-02-20"));
        failing.trashed(ann, survivor.id());
        Activity trashed = failing.stored(survivor.id()).orElseThrow();
        PurgeActivityService purge =
                new PurgeActivityService(failing.activities, failingAudit, failing.time, failing.transactions, failing.caches);

        assertThatThrownBy(() -> purge.purge(admin, survivor.id())).isInstanceOf(IllegalStateException.class);

        assertThat(failing.stored(survivor.id())).get().usingRecursiveComparison().isEqualTo(trashed);
        assertThat(failing.trashCount(ann)).isEqualTo(1);
    }

    /** The real audit log, except that writing fails after the entry has been added (the worst moment). */
    private static final class FailingAuditLog extends InMemoryAuditLog {

        int attempts;

        @Override
        public synchronized void record(AuditEntry entry) {
            attempts++;
            super.record(entry);
            throw new IllegalStateException("audit log is down");
        }
    }
}
