package dev.stride.domain.user;

import static dev.stride.domain.ValidationAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserTest {

    private static final Instant NOW = Instant.parse("2024-02-28T08:00:00Z");
    private static final Email EMAIL = Email.of("ann@example.com");

    @Test
    void registeringCreatesALiveAccount() {
        User user = User.register(EMAIL, "hash", "  Ann  ", Tier.FREE, NOW);

        assertThat(user.id()).isNotNull();
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.passwordHash()).isEqualTo("hash");
        assertThat(user.displayName()).isEqualTo("Ann");
        assertThat(user.tier()).isEqualTo(Tier.FREE);
        assertThat(user.createdAt()).isEqualTo(NOW);
        assertThat(user.deletedAt()).isNull();
        assertThat(user.isDeleted()).isFalse();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void aBlankDisplayNameIsAbsent(String name) {
        assertThat(User.register(EMAIL, "hash", name, Tier.FREE, NOW).displayName()).isNull();
    }

    @Test
    void registeringChecksTheDisplayName() {
        assertThat(fieldsOf(() -> User.register(EMAIL, "hash", "x".repeat(101), Tier.FREE, NOW)))
                .containsExactly("displayName");
    }

    @Test
    void everyRegistrationGetsItsOwnId() {
        assertThat(User.register(EMAIL, "h", null, Tier.FREE, NOW).id())
                .isNotEqualTo(User.register(EMAIL, "h", null, Tier.FREE, NOW).id());
    }

    @Test
    void aUserWithADeletionTimeIsDeleted() {
        User deleted = new User(UserId.newId(), EMAIL, "hash", null, Tier.FREE, NOW, NOW.plusSeconds(1));
        assertThat(deleted.isDeleted()).isTrue();
    }

    @Test
    void changingTierKeepsEverythingElse() {
        User user = new User(UserId.newId(), EMAIL, "hash", "Ann", Tier.FREE, NOW, NOW);

        User premium = user.withTier(Tier.PREMIUM);

        assertThat(premium.tier()).isEqualTo(Tier.PREMIUM);
        assertThat(premium).usingRecursiveComparison().ignoringFields("tier").isEqualTo(user);
        assertThat(user.tier()).isEqualTo(Tier.FREE);
    }

    @Test
    void softDeletionKeepsTheAccountAndItsEmail() {
        User user = new User(UserId.newId(), EMAIL, "hash", "Ann", Tier.PREMIUM, NOW, null);

        User deleted = user.softDelete(NOW.plusSeconds(60));

        assertThat(deleted.isDeleted()).isTrue();
        assertThat(deleted.deletedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(deleted).usingRecursiveComparison().ignoringFields("deletedAt").isEqualTo(user);
        assertThat(user.isDeleted()).isFalse();
    }

    @Test
    void deletingTwiceKeepsTheFirstDeletionTime() {
        User deleted = new User(UserId.newId(), EMAIL, "hash", null, Tier.FREE, NOW, NOW.plusSeconds(1));

        assertThat(deleted.softDelete(NOW.plusSeconds(99)).deletedAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void restoringReopensADeletedAccount() {
        User deleted = new User(UserId.newId(), EMAIL, "hash", "Ann", Tier.PREMIUM, NOW, NOW.plusSeconds(1));

        User restored = deleted.restore();

        assertThat(restored.isDeleted()).isFalse();
        assertThat(restored).usingRecursiveComparison().ignoringFields("deletedAt").isEqualTo(deleted);
    }

    @Test
    void onlyADeletedAccountCanBeRestored() {
        User live = new User(UserId.newId(), EMAIL, "hash", null, Tier.FREE, NOW, null);

        assertThatThrownBy(live::restore).isInstanceOf(AccountNotDeletedException.class);
    }

    @Test
    void requiredPartsMustBePresent() {
        UserId id = UserId.newId();
        assertThatNullPointerException().isThrownBy(() -> new User(null, EMAIL, "h", null, Tier.FREE, NOW, null));
        assertThatNullPointerException().isThrownBy(() -> new User(id, null, "h", null, Tier.FREE, NOW, null));
        assertThatNullPointerException().isThrownBy(() -> new User(id, EMAIL, null, null, Tier.FREE, NOW, null));
        assertThatNullPointerException().isThrownBy(() -> new User(id, EMAIL, "h", null, null, NOW, null));
        assertThatNullPointerException().isThrownBy(() -> new User(id, EMAIL, "h", null, Tier.FREE, null, null));
    }

    @Test
    void userIdsParseFromUuidsOnly() {
        UUID uuid = UUID.randomUUID();
        assertThat(UserId.parse(uuid.toString())).contains(new UserId(uuid));
        assertThat(UserId.parse(uuid.toString()).orElseThrow()).hasToString(uuid.toString());
        assertThat(UserId.parse("not-a-uuid")).isEmpty();
        assertThat(UserId.parse("")).isEmpty();
        assertThat(UserId.parse(null)).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> new UserId(null));
    }
}
