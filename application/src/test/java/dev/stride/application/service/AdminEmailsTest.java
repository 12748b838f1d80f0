package dev.stride.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.user.Email;
import dev.stride.domain.user.Tier;
import dev.stride.domain.validation.ValidationException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdminEmailsTest {

    private final AdminEmails admins = AdminEmails.parse(List.of(" Boss@Stride.dev ", "ops@stride.dev"));

    @Test
    void configuredEmailsAreNormalised() {
        assertThat(admins.emails()).containsExactlyInAnyOrder(Email.of("boss@stride.dev"), Email.of("ops@stride.dev"));
    }

    @Test
    void blankEntriesAreIgnored() {
        assertThat(AdminEmails.parse(Arrays.asList("", "  ", null, "boss@stride.dev")).emails())
                .containsExactly(Email.of("boss@stride.dev"));
        assertThat(AdminEmails.parse(List.of()).emails()).isEmpty();
    }

    @Test
    void aMalformedEntryIsAConfigurationError() {
        assertThatThrownBy(() -> AdminEmails.parse(List.of("boss@stride.dev", "not an email")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aConfiguredEmailIsAdminWhateverIsStored() {
        for (Tier stored : Tier.values()) {
            assertThat(admins.effectiveTier(Email.of("BOSS@stride.dev"), stored)).isEqualTo(Tier.ADMIN);
        }
    }

    @Test
    void anyOtherEmailKeepsItsStoredTierButNeverAdmin() {
        Email someone = Email.of("someone@example.com");
        assertThat(admins.effectiveTier(someone, Tier.FREE)).isEqualTo(Tier.FREE);
        assertThat(admins.effectiveTier(someone, Tier.PREMIUM)).isEqualTo(Tier.PREMIUM);
        assertThat(admins.effectiveTier(someone, Tier.ADMIN)).isEqualTo(Tier.FREE);
    }

    @Test
    void withNoAdminsConfiguredNobodyIsAdmin() {
        assertThat(AdminEmails.none().effectiveTier(Email.of("boss@stride.dev"), Tier.ADMIN)).isEqualTo(Tier.FREE);
    }
}
