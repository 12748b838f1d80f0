package dev.stride.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2024-02-28T08:00:00Z");

    @Test
    void actionCodesAreStable() {
        assertThat(AuditAction.ACTIVITY_PURGED.code()).isEqualTo("activity.purged");
        assertThat(AuditAction.USER_TIER_CHANGED.code()).isEqualTo("user.tier_changed");
        assertThat(AuditAction.USER_RESTORED.code()).isEqualTo("user.restored");
    }

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void actionCodesRoundTrip(AuditAction action) {
        assertThat(AuditAction.fromCode(action.code())).isEqualTo(action);
    }

    @Test
    void unknownActionCodesAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> AuditAction.fromCode("ACTIVITY_PURGED"));
        assertThatIllegalArgumentException().isThrownBy(() -> AuditAction.fromCode(""));
    }

    @Test
    void ofGivesEveryEntryItsOwnIdAndKeepsTheRest() {
        UserId actor = UserId.newId();
        AuditEntry entry = AuditEntry.of(actor, AuditAction.ACTIVITY_PURGED, "activity", "42", AT,
                Map.of("k", "v"));

        assertThat(entry.id()).isNotNull();
        assertThat(entry.actorId()).isEqualTo(actor);
        assertThat(entry.action()).isEqualTo(AuditAction.ACTIVITY_PURGED);
        assertThat(entry.targetType()).isEqualTo("activity");
        assertThat(entry.targetId()).isEqualTo("42");
        assertThat(entry.at()).isEqualTo(AT);
        assertThat(entry.details()).containsExactly(Map.entry("k", "v"));
        assertThat(AuditEntry.of(actor, AuditAction.ACTIVITY_PURGED, "activity", "42", AT, Map.of()).id())
                .isNotEqualTo(entry.id());
    }

    @Test
    void detailsAreImmutableAndDetachedFromTheInput() {
        Map<String, String> details = new HashMap<>(Map.of("k", "v"));
        AuditEntry entry = AuditEntry.of(UserId.newId(), AuditAction.USER_RESTORED, "user", "1", AT, details);
        details.put("other", "x");

        assertThat(entry.details()).containsOnlyKeys("k");
        assertThatThrownBy(() -> entry.details().put("z", "z")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requiredPartsMustBePresent() {
        UUID id = UUID.randomUUID();
        UserId actor = UserId.newId();
        AuditAction action = AuditAction.USER_RESTORED;
        Map<String, String> none = Map.of();
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(null, actor, action, "t", "1", AT, none));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(id, null, action, "t", "1", AT, none));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(id, actor, null, "t", "1", AT, none));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(id, actor, action, null, "1", AT, none));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(id, actor, action, "t", null, AT, none));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(id, actor, action, "t", "1", null, none));
        assertThatNullPointerException().isThrownBy(() -> new AuditEntry(id, actor, action, "t", "1", AT, null));
    }
}
