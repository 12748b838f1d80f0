package dev.stride.application.service;

import static dev.stride.application.service.Fixtures.violationsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.RegisterUserCommand;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegisterUserServiceTest {

    private static final String PASSWORD = "correct horse battery";

    private Fixtures world;
    private RegisterUserService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new RegisterUserService(world.users, world.hasher, world.time, world.transactions,
                AdminEmails.parse(List.of(" Boss@Stride.dev ", "")));
    }

    private User register(String email) {
        return service.register(RegisterUserCommand.of(email, PASSWORD, "  Ann  "));
    }

    @Test
    void aNewAccountIsFreeLiveAndStored() {
        User user = register("  Ann@Example.com ");

        assertThat(user.email()).isEqualTo(new Email("ann@example.com"));
        assertThat(user.tier()).isEqualTo(Tier.FREE);
        assertThat(user.displayName()).isEqualTo("Ann");
        assertThat(user.createdAt()).isEqualTo(Fixtures.START);
        assertThat(user.isDeleted()).isFalse();
        assertThat(world.users.findByEmail(Email.of("ann@example.com"))).get()
                .usingRecursiveComparison().isEqualTo(user);
        assertThat(world.users.findById(user.id())).isPresent();
    }

    @Test
    void createdAtIsTheCurrentTime() {
        world.time.advance(Duration.ofDays(3));
        assertThat(register("ann@example.com").createdAt()).isEqualTo(Fixtures.START.plus(Duration.ofDays(3)));
    }

    @Test
    void thePasswordIsStoredOnlyAsASaltedHash() {
        User user = register("ann@example.com");
        User other = register("bob@example.com");

        String stored = world.users.findById(user.id()).orElseThrow().passwordHash();
        assertThat(stored).doesNotContain(PASSWORD).startsWith("pbkdf2$1000$");
        assertThat(world.hasher.matches(PASSWORD, stored)).isTrue();
        assertThat(world.hasher.matches("wrong password!", stored)).isFalse();
        // same password, different salt
        assertThat(other.passwordHash()).isNotEqualTo(stored);
    }

    /** Before, whoever registered a listed address first became an admin: Stride verifies no email. */
    @Test
    void aConfiguredAdminEmailIsTakenWhateverItsCase() {
        assertThatThrownBy(() -> register("BOSS@stride.dev")).isInstanceOf(EmailAlreadyTakenException.class);
        assertThatThrownBy(() -> register(" boss@stride.dev\u00a0")).isInstanceOf(EmailAlreadyTakenException.class);
        assertThat(world.users.findByEmail(Email.of("boss@stride.dev"))).isEmpty();
    }

    @Test
    void aSimilarButDifferentEmailIsNoAdmin() {
        assertThat(register("boss@stride.dev.evil.example").tier()).isEqualTo(Tier.FREE);
        assertThat(register("other-boss@stride.dev").tier()).isEqualTo(Tier.FREE);
    }

    @Test
    void anEmailCanBeRegisteredOnlyOnceWhateverItsCase() {
        User first = register("ann@example.com");

        assertThatThrownBy(() -> register(" ANN@example.COM")).isInstanceOf(EmailAlreadyTakenException.class);

        User stored = world.users.findByEmail(Email.of("ann@example.com")).orElseThrow();
        assertThat(stored.id()).isEqualTo(first.id());
        assertThat(stored.passwordHash()).isEqualTo(first.passwordHash());
    }

    @Test
    void theEmailOfASoftDeletedAccountStaysTaken() {
        User deleted = new User(UserId.newId(), Email.of("gone@example.com"), world.hasher.hash(PASSWORD), null,
                Tier.PREMIUM, Fixtures.START.minus(Duration.ofDays(30)), Fixtures.START.minus(Duration.ofDays(1)));
        world.users.insert(deleted);

        assertThatThrownBy(() -> register("Gone@example.com")).isInstanceOf(EmailAlreadyTakenException.class);

        assertThat(world.users.findByEmail(Email.of("gone@example.com"))).get()
                .usingRecursiveComparison().isEqualTo(deleted);
    }

    @Test
    void theCommandReportsEveryBrokenRuleAtOnce() {
        assertThat(violationsOf(() -> RegisterUserCommand.of("not-an-email", "short", "x".repeat(101))))
                .extracting(FieldError::field).containsExactly("email", "password", "displayName");
    }

    @Test
    void theCommandAppliesThePasswordLengthAtItsEdges() {
        assertThat(violationsOf(() -> RegisterUserCommand.of("ann@example.com", "123456789", null)))
                .extracting(FieldError::field).containsExactly("password");
        assertThat(RegisterUserCommand.of("ann@example.com", "1234567890", null).password()).isEqualTo("1234567890");
        assertThat(RegisterUserCommand.of("ann@example.com", "p".repeat(128), null).password()).hasSize(128);
        assertThat(violationsOf(() -> RegisterUserCommand.of("ann@example.com", "p".repeat(129), null)))
                .extracting(FieldError::field).containsExactly("password");
    }

    @Test
    void theCommandRefusesAnEmailLongerThan254() {
        String email255 = "l".repeat(64) + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(62);
        assertThat(violationsOf(() -> RegisterUserCommand.of(email255, PASSWORD, null)))
                .containsExactly(new FieldError("email", "must be at most 254 characters"));
    }

    @Test
    void aBlankDisplayNameIsAbsent() {
        User user = service.register(RegisterUserCommand.of("ann@example.com", PASSWORD, "   "));
        assertThat(user.displayName()).isNull();
    }
}
