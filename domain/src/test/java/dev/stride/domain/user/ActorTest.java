package dev.stride.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActorTest {

    @Test
    void anAdminIsAdmin() {
        Actor admin = new Actor(UserId.newId(), Tier.ADMIN);
        assertThat(admin.isAdmin()).isTrue();
        assertThatCode(admin::requireAdmin).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = Tier.class, names = {"FREE", "PREMIUM"})
    void nobodyElseIs(Tier tier) {
        Actor actor = new Actor(UserId.newId(), tier);
        assertThat(actor.isAdmin()).isFalse();
        assertThatThrownBy(actor::requireAdmin).isInstanceOf(AdminRequiredException.class)
                .hasMessage("This action is reserved to admins");
    }

    @Test
    void idAndTierAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Actor(null, Tier.FREE));
        assertThatNullPointerException().isThrownBy(() -> new Actor(UserId.newId(), null));
    }
}
