package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.ChangeTierCommand;
import dev.stride.application.port.in.CheckAccountUseCase.KnownAccount;
import dev.stride.application.port.in.InvalidCredentialsException;
import dev.stride.application.port.in.InvalidRefreshTokenException;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.TierSetByConfigurationException;
import dev.stride.application.port.in.TokenPair;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.domain.audit.AuditAction;
import dev.stride.domain.audit.AuditEntry;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.AccountNotDeletedException;
import dev.stride.domain.user.Actor;
import dev.stride.domain.user.AdminRequiredException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting, restoring and re-tiering accounts, and what authenticated requests learn of it. */
class AccountLifeCycleTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AdminEmails ADMINS = AdminEmails.parse(List.of("boss@stride.dev"));

    private Fixtures world;
    private LogInService logIn;
    private RefreshTokensService refresh;
    private CheckAccountService check;
    private GetAccountService get;
    private DeleteAccountService delete;
    private RestoreAccountService restore;
    private ChangeTierService changeTier;
    private User ann;
    private User boss;
    private final Actor admin = new Actor(UserId.newId(), Tier.ADMIN);

    @BeforeEach
    void wire() {
        world = new Fixtures();
        logIn = new LogInService(world.users, world.hasher, world.tokens, ADMINS, world.sessions);
        refresh = new RefreshTokensService(world.users, world.tokens, ADMINS, world.sessions);
        check = new CheckAccountService(world.users, ADMINS, world.accountStates);
        get = new GetAccountService(world.users, ADMINS);
        delete = new DeleteAccountService(world.users, world.time, world.transactions, world.sessions,
                world.accountStates);
        restore = new RestoreAccountService(world.users, world.audit, world.time, world.transactions,
                world.accountStates, ADMINS);
        changeTier = new ChangeTierService(world.users, world.audit, world.time, world.transactions,
                world.accountStates, ADMINS);
        ann = account("ann@example.com");
        boss = account("boss@stride.dev");
    }

    private User account(String email) {
        User user = User.register(Email.of(email), world.hasher.hash(PASSWORD), "Someone", Tier.FREE,
                world.time.now());
        world.users.insert(user);
        return user;
    }

    private List<AuditEntry> audit() {
        return world.audit.list(new PageRequest(1, 100)).items();
    }

    @Test
    void aLiveAccountIsActiveWithItsEffectiveTier() {
        assertThat(check.activeAccount(ann.id())).contains(new Actor(ann.id(), Tier.FREE));
        assertThat(check.activeAccount(boss.id())).contains(new Actor(boss.id(), Tier.ADMIN));
        assertThat(check.activeAccount(UserId.newId())).isEmpty();
    }

    @Test
    void theCachedAnswerIsKnownWithoutReadingOnlyOnceTheAccountWasChecked() {
        assertThat(check.knownAccount(ann.id())).isEmpty();

        check.activeAccount(ann.id());

        assertThat(check.knownAccount(ann.id()))
                .contains(new KnownAccount(Optional.of(new Actor(ann.id(), Tier.FREE))));

        delete.delete(ann.id());
        assertThat(check.knownAccount(ann.id())).as("forgotten by the change").isEmpty();

        check.activeAccount(ann.id());
        assertThat(check.knownAccount(ann.id())).contains(new KnownAccount(Optional.empty()));
    }

    @Test
    void theOwnerSeesTheAccountWithItsEffectiveTier() {
        assertThat(get.get(boss.id()).tier()).isEqualTo(Tier.ADMIN);
        assertThat(get.get(ann.id()).email()).isEqualTo(ann.email());
        assertThatThrownBy(() -> get.get(UserId.newId())).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void deletingAnAccountEndsItsLoginsSessionsAndRequestsAtOnce() {
        TokenPair tokens = logIn.logIn(new LogInCommand("ann@example.com", PASSWORD));
        assertThat(check.activeAccount(ann.id())).isPresent();

        delete.delete(ann.id());

        User stored = world.users.findById(ann.id()).orElseThrow();
        assertThat(stored.deletedAt()).isEqualTo(world.time.now());
        assertThat(check.activeAccount(ann.id())).isEmpty();
        assertThatThrownBy(() -> refresh.refresh(tokens.refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThatThrownBy(() -> logIn.logIn(new LogInCommand("ann@example.com", PASSWORD)))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> get.get(ann.id())).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void deletingRevokesTheSessionsEvenIfTheAccountCameBack() {
        TokenPair tokens = logIn.logIn(new LogInCommand("ann@example.com", PASSWORD));

        delete.delete(ann.id());
        restore.restore(admin, ann.id());

        assertThatThrownBy(() -> refresh.refresh(tokens.refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void deletingSucceedsWhenTheSessionStoreIsDown() {
        DeleteAccountService deleteWithoutSessions = new DeleteAccountService(world.users, world.time,
                world.transactions, new Sessions(new UnavailableSessionStore(), Fixtures.REFRESH_LIFETIME, Duration.ZERO),
                world.accountStates);

        deleteWithoutSessions.delete(ann.id());

        assertThat(world.users.findById(ann.id()).orElseThrow().isDeleted()).isTrue();
        assertThat(check.activeAccount(ann.id())).isEmpty();
    }

    @Test
    void deletingAnUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> delete.delete(UserId.newId())).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void anAdminRestoresADeletedAccountAndItIsAudited() {
        delete.delete(ann.id());
        assertThat(check.activeAccount(ann.id())).isEmpty();
        world.time.advance(Duration.ofHours(1));

        User restored = restore.restore(admin, ann.id());

        assertThat(restored.isDeleted()).isFalse();
        assertThat(check.activeAccount(ann.id())).isPresent();
        assertThat(logIn.logIn(new LogInCommand("ann@example.com", PASSWORD)).accessToken()).isNotNull();
        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.USER_RESTORED);
            assertThat(entry.actorId()).isEqualTo(admin.id());
            assertThat(entry.targetType()).isEqualTo("user");
            assertThat(entry.targetId()).isEqualTo(ann.id().toString());
            assertThat(entry.at()).isEqualTo(world.time.now());
        });
    }

    @Test
    void restoringALiveOrUnknownAccountIsRefused() {
        assertThatThrownBy(() -> restore.restore(admin, ann.id())).isInstanceOf(AccountNotDeletedException.class);
        assertThatThrownBy(() -> restore.restore(admin, UserId.newId())).isInstanceOf(UserNotFoundException.class);
        assertThat(audit()).isEmpty();
    }

    @Test
    void onlyAdminsRestoreAndChangeTiers() {
        delete.delete(ann.id());
        Actor premium = new Actor(boss.id(), Tier.PREMIUM);

        assertThatThrownBy(() -> restore.restore(premium, ann.id())).isInstanceOf(AdminRequiredException.class);
        assertThatThrownBy(() -> changeTier.changeTier(premium, new ChangeTierCommand(ann.id(), Tier.PREMIUM)))
                .isInstanceOf(AdminRequiredException.class);
        assertThat(world.users.findById(ann.id()).orElseThrow().isDeleted()).isTrue();
    }

    @Test
    void aTierChangeIsStoredAuditedAndSeenByTheNextRequest() {
        assertThat(check.activeAccount(ann.id()).orElseThrow().tier()).isEqualTo(Tier.FREE);

        User changed = changeTier.changeTier(admin, ChangeTierCommand.of(ann.id(), "premium"));

        assertThat(changed.tier()).isEqualTo(Tier.PREMIUM);
        assertThat(world.users.findById(ann.id()).orElseThrow().tier()).isEqualTo(Tier.PREMIUM);
        assertThat(check.activeAccount(ann.id()).orElseThrow().tier()).isEqualTo(Tier.PREMIUM);
        assertThat(audit()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.USER_TIER_CHANGED);
            assertThat(entry.details()).isEqualTo(Map.of("from", "free", "to", "premium"));
        });
    }

    @Test
    void settingTheSameTierAgainChangesAndRecordsNothing() {
        changeTier.changeTier(admin, ChangeTierCommand.of(ann.id(), "free"));

        assertThat(audit()).isEmpty();
    }

    @Test
    void adminsAreConfigurationNotADecision() {
        assertThatThrownBy(() -> ChangeTierCommand.of(ann.id(), "admin")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ChangeTierCommand.of(ann.id(), "gold")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ChangeTierCommand.of(ann.id(), null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> changeTier.changeTier(admin, ChangeTierCommand.of(boss.id(), "premium")))
                .isInstanceOf(TierSetByConfigurationException.class);
        assertThatThrownBy(() -> changeTier.changeTier(admin, ChangeTierCommand.of(UserId.newId(), "premium")))
                .isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void aChangeMadeElsewhereIsSeenOnceTheCachedStateExpires() {
        assertThat(check.activeAccount(ann.id())).isPresent();
        // As if another replica had deleted the account: the store changes, this process's cache does not know.
        world.users.update(ann.softDelete(world.time.now()));

        assertThat(check.activeAccount(ann.id())).isPresent();
        world.time.advance(Duration.ofSeconds(30));
        assertThat(check.activeAccount(ann.id())).isEmpty();
    }
}
