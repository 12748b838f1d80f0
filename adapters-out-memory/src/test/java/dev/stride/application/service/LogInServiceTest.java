package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.InvalidCredentialsException;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.TokenPair;
import dev.stride.application.port.out.SessionStore.Outcome;
import dev.stride.domain.user.AccessToken;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.user.UserId;
import dev.stride.domain.validation.FieldError;
import dev.stride.domain.validation.ValidationException;
import dev.stride.testing.InMemoryAccessTokenIssuer.Grant;
import dev.stride.testing.InMemoryAccessTokenIssuer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogInServiceTest {

    private static final String PASSWORD = "correct horse battery";

    private Fixtures world;
    private LogInService service;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        service = new LogInService(world.users, world.hasher, world.tokens,
                AdminEmails.parse(List.of("boss@stride.dev")), world.sessions);
    }

    private User account(String email, Tier tier) {
        User user = User.register(Email.of(email), world.hasher.hash(PASSWORD), null, tier, world.time.now());
        world.users.insert(user);
        return user;
    }

    private User deletedAccount(String email) {
        User user = new User(UserId.newId(), Email.of(email), world.hasher.hash(PASSWORD), null, Tier.FREE,
                Fixtures.START.minus(Duration.ofDays(10)), Fixtures.START.minus(Duration.ofDays(1)));
        world.users.insert(user);
        return user;
    }

    private AccessToken logIn(LogInCommand command) {
        return service.logIn(command).accessToken();
    }

    private Grant verified(AccessToken token) {
        return world.tokens.verify(token.value()).orElseThrow(() -> new AssertionError("token does not verify"));
    }

    @Test
    void rightCredentialsGiveATokenForTheUserAndTier() {
        User ann = account("ann@example.com", Tier.FREE);

        AccessToken token = logIn(new LogInCommand("ann@example.com", PASSWORD));

        assertThat(token.value()).isNotBlank();
        assertThat(token.expiresInSeconds()).isEqualTo(Fixtures.TOKEN_LIFETIME.toSeconds());
        Grant grant = verified(token);
        assertThat(grant.subject()).isEqualTo(ann.id());
        assertThat(grant.tier()).isEqualTo(Tier.FREE);
        assertThat(grant.expiresAt()).isEqualTo(Fixtures.START.plus(Fixtures.TOKEN_LIFETIME));
    }

    @Test
    void theEmailMayBeTypedInAnyCaseWithSpaces() {
        User ann = account("ann@example.com", Tier.FREE);

        AccessToken token = logIn(new LogInCommand("  ANN@Example.com ", PASSWORD));

        assertThat(verified(token).subject()).isEqualTo(ann.id());
    }

    @Test
    void aPremiumAccountKeepsItsTier() {
        account("pat@example.com", Tier.PREMIUM);
        assertThat(verified(logIn(new LogInCommand("pat@example.com", PASSWORD))).tier())
                .isEqualTo(Tier.PREMIUM);
    }

    @Test
    void aConfiguredAdminEmailLogsInAsAdminWhateverIsStored() {
        User boss = account("boss@stride.dev", Tier.FREE);

        Grant grant = verified(logIn(new LogInCommand("Boss@Stride.dev", PASSWORD)));

        assertThat(grant.subject()).isEqualTo(boss.id());
        assertThat(grant.tier()).isEqualTo(Tier.ADMIN);
    }

    @Test
    void anAdminNoLongerConfiguredLosesAdminRights() {
        account("former@stride.dev", Tier.ADMIN);
        assertThat(verified(logIn(new LogInCommand("former@stride.dev", PASSWORD))).tier())
                .isEqualTo(Tier.FREE);
    }

    @Test
    void everyLogInIssuesItsOwnToken() {
        account("ann@example.com", Tier.FREE);
        AccessToken first = logIn(new LogInCommand("ann@example.com", PASSWORD));
        AccessToken second = logIn(new LogInCommand("ann@example.com", PASSWORD));

        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(world.tokens.verify(first.value())).isPresent();
        assertThat(world.tokens.verify(second.value())).isPresent();
    }

    @Test
    void theTokenExpiresAfterItsLifetime() {
        account("ann@example.com", Tier.FREE);
        AccessToken token = logIn(new LogInCommand("ann@example.com", PASSWORD));

        world.time.advance(Fixtures.TOKEN_LIFETIME.minusNanos(1000));
        assertThat(world.tokens.verify(token.value())).isPresent();
        world.time.advance(Duration.ofNanos(1000));
        assertThat(world.tokens.verify(token.value())).isEmpty();
    }

    @Test
    void everyLogInOpensItsOwnSessionWithARefreshToken() {
        account("ann@example.com", Tier.FREE);

        TokenPair first = service.logIn(new LogInCommand("ann@example.com", PASSWORD));
        TokenPair second = service.logIn(new LogInCommand("ann@example.com", PASSWORD));

        assertThat(first.refreshToken()).isNotBlank().isNotEqualTo(second.refreshToken());
        assertThat(world.sessionStore.rotate(Sessions.hash(first.refreshToken()), "next-1",
                Fixtures.REFRESH_LIFETIME, Duration.ZERO).outcome()).isEqualTo(Outcome.ROTATED);
        assertThat(world.sessionStore.rotate(Sessions.hash(second.refreshToken()), "next-2",
                Fixtures.REFRESH_LIFETIME, Duration.ZERO).outcome()).isEqualTo(Outcome.ROTATED);
    }

    @Test
    void withoutTheSessionStoreALogInStillGivesAnAccessToken() {
        account("ann@example.com", Tier.FREE);
        LogInService withoutSessions = new LogInService(world.users, world.hasher, world.tokens, AdminEmails.none(),
                new Sessions(new UnavailableSessionStore(), Fixtures.REFRESH_LIFETIME, Duration.ZERO));

        TokenPair tokens = withoutSessions.logIn(new LogInCommand("ann@example.com", PASSWORD));

        assertThat(tokens.hasRefreshToken()).isFalse();
        assertThat(world.tokens.verify(tokens.accessToken().value())).isPresent();
    }

    @Test
    void anUnknownTokenDoesNotVerify() {
        assertThat(world.tokens.verify("made-up")).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefused() {
        account("ann@example.com", Tier.FREE);
        assertInvalidCredentials("ann@example.com", "correct horse battery!");
        assertInvalidCredentials("ann@example.com", "Correct horse battery");
    }

    @Test
    void anUnknownEmailIsRefused() {
        account("ann@example.com", Tier.FREE);
        assertInvalidCredentials("bob@example.com", PASSWORD);
    }

    @Test
    void aSoftDeletedAccountCannotLogInEvenWithTheRightPassword() {
        deletedAccount("gone@example.com");
        assertInvalidCredentials("gone@example.com", PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "ann@", "ann example.com", "ann@example"})
    void aMalformedEmailIsJustWrongCredentials(String email) {
        account("ann@example.com", Tier.FREE);
        assertInvalidCredentials(email, PASSWORD);
    }

    @Test
    void everyFailureLooksTheSame() {
        account("ann@example.com", Tier.FREE);
        deletedAccount("gone@example.com");

        List<Throwable> failures = List.of(
                failureOf("nobody@example.com", PASSWORD),
                failureOf("ann@example.com", "wrong password"),
                failureOf("gone@example.com", PASSWORD),
                failureOf("not-an-email", PASSWORD));

        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure).isExactlyInstanceOf(InvalidCredentialsException.class);
            assertThat(failure).hasMessage(failures.get(0).getMessage());
        });
    }

    @Test
    void aFailedLogInIssuesNoToken() {
        CountingIssuer issuer = new CountingIssuer(world);
        LogInService counted = new LogInService(world.users, world.hasher, issuer, AdminEmails.none(),
                world.sessions);
        account("ann@example.com", Tier.FREE);
        deletedAccount("gone@example.com");

        for (String[] credentials : new String[][] {
                {"ann@example.com", "wrong password"}, {"nobody@example.com", PASSWORD},
                {"gone@example.com", PASSWORD}, {"not-an-email", PASSWORD}}) {
            assertThatThrownBy(() -> counted.logIn(new LogInCommand(credentials[0], credentials[1])))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThat(issuer.issued).isZero();

        counted.logIn(new LogInCommand("ann@example.com", PASSWORD));
        assertThat(issuer.issued).isEqualTo(1);
    }

    /** The real issuer, counting what it issues. */
    private static final class CountingIssuer extends InMemoryAccessTokenIssuer {

        int issued;

        CountingIssuer(Fixtures world) {
            super(world.time, Fixtures.TOKEN_LIFETIME);
        }

        @Override
        public AccessToken issue(UserId subject, Tier tier) {
            issued++;
            return super.issue(subject, tier);
        }
    }

    @Test
    void missingCredentialsAreAnInputErrorBeforeAnyLookUp() {
        assertThatThrownBy(() -> new LogInCommand("  ", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("email", "password"));
        assertThatThrownBy(() -> new LogInCommand(null, null)).isInstanceOf(ValidationException.class);
    }

    private Throwable failureOf(String email, String password) {
        try {
            logIn(new LogInCommand(email, password));
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("log in with " + email + " should have failed");
    }

    private void assertInvalidCredentials(String email, String password) {
        assertThatThrownBy(() -> logIn(new LogInCommand(email, password)))
                .isExactlyInstanceOf(InvalidCredentialsException.class)
                .hasMessage("Invalid email or password");
    }
}
