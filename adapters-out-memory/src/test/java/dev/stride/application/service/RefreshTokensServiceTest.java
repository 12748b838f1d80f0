package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.application.port.in.InvalidRefreshTokenException;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.SessionsUnavailableException;
import dev.stride.application.port.in.TokenPair;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.validation.ValidationException;
import dev.stride.testing.InMemoryAccessTokenIssuer.Grant;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Refresh and logout over the real in-memory adapters. */
class RefreshTokensServiceTest {

    private static final String PASSWORD = "correct horse battery";

    private Fixtures world;
    private LogInService logIn;
    private RefreshTokensService refresh;
    private LogOutService logOut;
    private User ann;

    @BeforeEach
    void wire() {
        world = new Fixtures();
        logIn = new LogInService(world.users, world.hasher, world.tokens, AdminEmails.none(), world.sessions);
        refresh = new RefreshTokensService(world.users, world.tokens, AdminEmails.none(), world.sessions);
        logOut = new LogOutService(world.sessions);
        ann = User.register(Email.of("ann@example.com"), world.hasher.hash(PASSWORD), null, Tier.FREE,
                world.time.now());
        world.users.insert(ann);
    }

    private TokenPair login() {
        return logIn.logIn(new LogInCommand("ann@example.com", PASSWORD));
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> refresh.refresh(token)).isExactlyInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void aRefreshGivesANewPairAndRetiresTheOldToken() {
        TokenPair first = login();

        TokenPair second = refresh.refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        Grant grant = world.tokens.verify(second.accessToken().value()).orElseThrow();
        assertThat(grant.subject()).isEqualTo(ann.id());
        assertThat(refresh.refresh(second.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void presentingARotatedTokenAgainRevokesEveryTokenOfThatLogin() {
        TokenPair first = login();
        TokenPair second = refresh.refresh(first.refreshToken());

        assertRefused(first.refreshToken());

        assertRefused(second.refreshToken());
    }

    @Test
    void theNextTokenCarriesTheTierAsItIsNow() {
        TokenPair first = login();
        world.users.update(ann.withTier(Tier.PREMIUM));

        TokenPair second = refresh.refresh(first.refreshToken());

        assertThat(world.tokens.verify(second.accessToken().value()).orElseThrow().tier()).isEqualTo(Tier.PREMIUM);
    }

    @Test
    void aDeletedAccountCannotRefreshAndItsSessionsAreRevoked() {
        TokenPair phone = login();
        TokenPair laptop = login();
        world.users.update(ann.softDelete(world.time.now()));

        assertRefused(phone.refreshToken());

        world.users.update(ann);
        assertRefused(laptop.refreshToken());
    }

    @Test
    void anExpiredTokenIsRefused() {
        TokenPair tokens = login();

        world.time.advance(Fixtures.REFRESH_LIFETIME.plus(Duration.ofSeconds(1)));

        assertRefused(tokens.refreshToken());
    }

    @Test
    void anUnknownTokenIsRefused() {
        login();
        assertRefused("made-up");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aMissingTokenIsAnInputError(String token) {
        assertThatThrownBy(() -> refresh.refresh(token)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> logOut.logOut(token)).isInstanceOf(ValidationException.class);
    }

    @Test
    void loggingOutEndsThatLoginOnly() {
        TokenPair phone = login();
        TokenPair laptop = login();

        logOut.logOut(phone.refreshToken());

        assertRefused(phone.refreshToken());
        assertThat(refresh.refresh(laptop.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void loggingOutWithAnUnknownTokenDoesNothing() {
        TokenPair tokens = login();

        logOut.logOut("made-up");

        assertThat(refresh.refresh(tokens.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void anUnreachableStoreIsReportedAsSuch() {
        Sessions down = new Sessions(new UnavailableSessionStore(), Fixtures.REFRESH_LIFETIME, Duration.ZERO);
        RefreshTokensService refreshWithoutStore =
                new RefreshTokensService(world.users, world.tokens, AdminEmails.none(), down);

        assertThatThrownBy(() -> refreshWithoutStore.refresh("anything"))
                .isInstanceOf(SessionsUnavailableException.class);
        assertThatThrownBy(() -> new LogOutService(down).logOut("anything"))
                .isInstanceOf(SessionsUnavailableException.class);
    }

    @Test
    void onlyHashesReachTheStore() {
        TokenPair tokens = login();

        assertThat(Sessions.hash(tokens.refreshToken())).hasSize(64).doesNotContain(tokens.refreshToken());
        assertThat(world.sessionStore.revoke(tokens.refreshToken())).isFalse();
        assertThat(world.sessionStore.revoke(Sessions.hash(tokens.refreshToken()))).isTrue();
    }
}
