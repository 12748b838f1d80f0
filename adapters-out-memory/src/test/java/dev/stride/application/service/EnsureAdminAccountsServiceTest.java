package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnsureAdminAccountsServiceTest {

    private static final String INITIAL = "an initial secret";

    private Fixtures world;
    private EnsureAdminAccountsService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new EnsureAdminAccountsService(world.users, world.hasher, world.time, world.transactions,
                AdminEmails.parse(List.of("boss@stride.dev", "Deputy@Stride.dev")));
    }

    @Test
    void createsEveryListedAccountThatIsMissingWithTheInitialPassword() {
        assertThat(service.ensureAdminAccounts(Optional.of(INITIAL))).isEqualTo(2);

        User boss = world.users.findByEmail(Email.of("boss@stride.dev")).orElseThrow();
        assertThat(boss.tier()).isEqualTo(Tier.ADMIN);
        assertThat(boss.isDeleted()).isFalse();
        assertThat(world.hasher.matches(INITIAL, boss.passwordHash())).isTrue();
        assertThat(world.users.findByEmail(Email.of("deputy@stride.dev"))).isPresent();
    }

    @Test
    void leavesExistingAccountsAloneSoARestartChangesNothing() {
        service.ensureAdminAccounts(Optional.of(INITIAL));
        User before = world.users.findByEmail(Email.of("boss@stride.dev")).orElseThrow();

        assertThat(service.ensureAdminAccounts(Optional.of("another password"))).isZero();
        assertThat(service.ensureAdminAccounts(Optional.empty())).isZero();

        assertThat(world.users.findByEmail(Email.of("boss@stride.dev")).orElseThrow())
                .usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void refusesToStartWhenAnAccountMustBeCreatedWithoutAPassword() {
        assertThatIllegalStateException().isThrownBy(() -> service.ensureAdminAccounts(Optional.empty()))
                .withMessageContaining("STRIDE_ADMIN_INITIAL_PASSWORD");
        assertThatIllegalStateException().isThrownBy(() -> service.ensureAdminAccounts(Optional.of("  ")))
                .withMessageContaining("STRIDE_ADMIN_INITIAL_PASSWORD");
        assertThat(world.users.findByEmail(Email.of("boss@stride.dev"))).isEmpty();
    }

    @Test
    void refusesAnInitialPasswordThatBreaksThePasswordRules() {
        assertThatIllegalStateException().isThrownBy(() -> service.ensureAdminAccounts(Optional.of("short")))
                .withMessageContaining("password rules");
    }
}
