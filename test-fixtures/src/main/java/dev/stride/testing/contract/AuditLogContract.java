package dev.stride.testing.contract;

import dev.stride.application.port.out.AuditLog;
import dev.stride.application.port.out.Transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} must do. The log is global and may already hold entries, so each test writes
 * entries later than anything in it and looks only at the newest ones.
 */
public abstract class AuditLogContract {

    protected abstract AuditLog audit();

    protected abstract Transactions transactions();

    @Test
    void recordedEntryIsListedWithEveryField() {
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), UserId.newId(), AuditAction.USER_TIER_CHANGED, "user",
                UUID.randomUUID().toString(), laterThanEverything(),
                Map.of("from", "free", "to", "premium", "note", "späte Änderung, 100 %"));

        record(entry);

        assertThat(audit().list(new PageRequest(1, 1)).items()).singleElement().isEqualTo(entry);
    }

    @Test
    void entryWithoutDetailsHasAnEmptyMap() {
        AuditEntry entry = AuditEntry.of(UserId.newId(), AuditAction.USER_RESTORED, "user",
                UUID.randomUUID().toString(), laterThanEverything(), Map.of());

        record(entry);

        AuditEntry found = audit().list(new PageRequest(1, 1)).items().get(0);
        assertThat(found.id()).isEqualTo(entry.id());
        assertThat(found.details()).isEmpty();
    }

    @Test
    void listsNewestFirstInPagesWithATotal() {
        long before = audit().list(new PageRequest(1, 1)).total();
        Instant start = laterThanEverything();
        UserId admin = UserId.newId();
        AuditEntry oldest = entry(admin, start, "a");
        AuditEntry middle = entry(admin, start.plus(Duration.ofMillis(1)), "b");
        AuditEntry newest = entry(admin, start.plus(Duration.ofMinutes(1)), "c");
        record(middle);
        record(newest);
        record(oldest);

        Page<AuditEntry> first = audit().list(new PageRequest(1, 2));
        Page<AuditEntry> second = audit().list(new PageRequest(2, 2));

        assertThat(first.items()).containsExactly(newest, middle);
        assertThat(second.items()).first().isEqualTo(oldest);
        assertThat(first.total()).isEqualTo(before + 3);
        assertThat(second.total()).isEqualTo(before + 3);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.limit()).isEqualTo(2);
    }

    @Test
    void everyEntryKeepsItsOwnDetails() {
        Instant start = laterThanEverything();
        UserId admin = UserId.newId();
        AuditEntry one = new AuditEntry(UUID.randomUUID(), admin, AuditAction.ACTIVITY_PURGED, "activity",
                UUID.randomUUID().toString(), start, Map.of("ownerId", "1", "wasDeleted", "true"));
        AuditEntry two = new AuditEntry(UUID.randomUUID(), admin, AuditAction.ACTIVITY_PURGED, "activity",
                UUID.randomUUID().toString(), start.plusSeconds(1), Map.of("ownerId", "2"));
        record(one);
        record(two);

        assertThat(audit().list(new PageRequest(1, 2)).items()).containsExactly(two, one);
    }

    private void record(AuditEntry entry) {
        transactions().inTransaction(() -> audit().record(entry));
    }

    private static AuditEntry entry(UserId admin, Instant at, String marker) {
        return AuditEntry.of(admin, AuditAction.ACTIVITY_PURGED, "activity", UUID.randomUUID().toString(), at,
                Map.of("marker", marker));
    }

    /** A microsecond instant after every entry already in the log, so new entries are the newest. */
    protected Instant laterThanEverything() {
        Instant floor = Instant.parse("2030-01-01T00:00:00Z");
        Instant newest = audit().list(new PageRequest(1, 1)).items().stream()
                .map(AuditEntry::at).findFirst().orElse(floor);
        return (newest.isAfter(floor) ? newest : floor).plus(Duration.ofDays(1));
    }
}
