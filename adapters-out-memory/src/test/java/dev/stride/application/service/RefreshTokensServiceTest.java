package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.testing.InMemoryAccessTokenIssuer.Grant;
import dev.stride.application.port.in.InvalidRefreshTokenException;
import dev.stride.application.port.in.LogInCommand;
import dev.stride.application.port.in.Tokens;
import dev.stride.application.port.out.SessionStoreUnavailableException;
import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.User;
import dev.stride.domain.validation.ValidationException;
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
        logIn = new LogInService(world.users, world.hasher, world.tokens, AdminEmails.none(), world.refreshTokens);
        refresh = new RefreshTokensService(world.users, world.tokens, AdminEmails.none(), world.refreshTokens);
        logOut = new LogOutService(world.refreshTokens);
        ann = User.register(Email.of("ann@example.com"), world.hasher.hash(PASSWORD), null, Tier.FREE,
                world.time.now());
        world.users.insert(ann);
    }

    private Tokens login() {
        return logIn.logIn(new LogInCommand("ann@example.com", PASSWORD));
    }

    private void assertRefused(String token) {
        assertThatThrownBy(() -> refresh.refresh(token)).isExactlyInstanceOf(InvalidRefreshTokenException.class);
    }

    @Test
    void aRefreshGivesANewPairAndRetiresTheOldToken() {
        Tokens first = login();

        Tokens second = refresh.refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        Grant grant = world.tokens.verify(second.accessToken().value()).orElseThrow();
        assertThat(grant.subject()).isEqualTo(ann.id());
        assertThat(refresh.refresh(second.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void presentingARotatedTokenAgainRevokesEveryTokenOfThatLogin() {
        Tokens first = login();
        Tokens second = refresh.refresh(first.refreshToken());

        assertRefused(first.refreshToken());

        assertRefused(second.refreshToken());
    }

    @Test
    void theNextTokenCarriesTheTierAsItIsNow() {
        Tokens first = login();
        world.users.update(ann.withTier(Tier.PREMIUM));

        Tokens second = refresh.refresh(first.refreshToken());

        assertThat(world.tokens.verify(second.accessToken().value()).orElseThrow().tier()).isEqualTo(Tier.PREMIUM);
    }

    @Test
    void aDeletedAccountCannotRefreshAndItsSessionsAreRevoked() {
        Tokens phone = login();
        Tokens laptop = login();
        world.users.update(ann.softDelete(world.time.now()));

        assertRefused(phone.refreshToken());

        world.users.update(ann);
        assertRefused(laptop.refreshToken());
    }

    @Test
    void anExpiredTokenIsRefused() {
        Tokens tokens = login();

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
        Tokens phone = login();
        Tokens laptop = login();

        logOut.logOut(phone.refreshToken());

        assertRefused(phone.refreshToken());
        assertThat(refresh.refresh(laptop.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void loggingOutWithAnUnknownTokenDoesNothing() {
        Tokens tokens = login();

        logOut.logOut("made-up");

        assertThat(refresh.refresh(tokens.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void anUnreachableStoreIsReportedAsSuch() {
        RefreshTokens down = new RefreshTokens(new UnavailableSessionStore(), Fixtures.REFRESH_LIFETIME);
        RefreshTokensService refreshWithoutStore =
                new RefreshTokensService(world.users, world.tokens, AdminEmails.none(), down);

        assertThatThrownBy(() -> refreshWithoutStore.refresh("anything"))
                .isInstanceOf(SessionStoreUnavailableException.class);
        assertThatThrownBy(() -> new LogOutService(down).logOut("anything"))
                .isInstanceOf(SessionStoreUnavailableException.class);
    }

    @Test
    void onlyHashesReachTheStore() {
        Tokens tokens = login();

        assertThat(RefreshTokens.hash(tokens.refreshToken())).hasSize(64).doesNotContain(tokens.refreshToken());
        assertThat(world.sessions.revoke(tokens.refreshToken())).isFalse();
        assertThat(world.sessions.revoke(RefreshTokens.hash(tokens.refreshToken()))).isTrue();
    }
}
