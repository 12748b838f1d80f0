package dev.stride.domain.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stride.domain.user.Actor;
import dev.stride.domain.user.Tier;
import dev.stride.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RatePoliciesTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** API.md's defaults. */
    private static final RatePolicies POLICIES = new RatePolicies(List.of(
            new RatePolicy("caller", Route.every(), CountedBy.CALLER,
                    Map.of("anonymous", 20, "free", 100, "premium", 500, "admin", 1000), OptionalInt.empty(), MINUTE),
            new RatePolicy("login-address", Route.parse("POST /auth/login"), CountedBy.ADDRESS, Map.of(),
                    OptionalInt.of(5), MINUTE),
            new RatePolicy("login-email", Route.parse("POST /auth/login"), CountedBy.EMAIL, Map.of(),
                    OptionalInt.of(5), MINUTE),
            new RatePolicy("activities-create", Route.parse("POST /activities"), CountedBy.CALLER,
                    Map.of("free", 10, "premium", 50), OptionalInt.empty(), MINUTE),
            new RatePolicy("activities-list", Route.parse("GET /activities"), CountedBy.CALLER,
                    Map.of("free", 100, "premium", 500), OptionalInt.empty(), MINUTE)));

    private static final UserId USER = UserId.newId();

    private static RateCaller user(Tier tier) {
        return RateCaller.user(new Actor(USER, tier), "10.0.0.7");
    }

    @Test
    void anAnonymousLoginCountsPerAddressTwiceOverAndNotByEndpointTiers() {
        List<Quota> quotas = POLICIES.forRequest(RateCaller.anonymous("10.0.0.7"), "POST", "/auth/login");

        assertThat(quotas).containsExactly(new Quota("caller", "ip:10.0.0.7", 20, MINUTE),
                new Quota("login-address", "ip:10.0.0.7", 5, MINUTE));
    }

    @Test
    void aUserIsCountedByIdWithTheLimitsOfTheirTier() {
        assertThat(POLICIES.forRequest(user(Tier.FREE), "POST", "/activities")).containsExactly(
                new Quota("caller", "user:" + USER, 100, MINUTE),
                new Quota("activities-create", "user:" + USER, 10, MINUTE));
        assertThat(POLICIES.forRequest(user(Tier.PREMIUM), "GET", "/activities")).containsExactly(
                new Quota("caller", "user:" + USER, 500, MINUTE),
                new Quota("activities-list", "user:" + USER, 500, MINUTE));
    }

    @Test
    void aTierWithoutALimitOfItsOwnIsNotLimitedByThatPolicy() {
        assertThat(POLICIES.forRequest(user(Tier.ADMIN), "POST", "/activities"))
                .containsExactly(new Quota("caller", "user:" + USER, 1000, MINUTE));
    }

    @Test
    void otherRoutesCountOnlyAgainstTheCallerPolicy() {
        assertThat(POLICIES.forRequest(user(Tier.FREE), "GET", "/activities/42"))
                .extracting(Quota::policy).containsExactly("caller");
    }

    @Test
    void loginEmailsAreCountedByDigestWhateverTheirCase() {
        List<Quota> quotas = POLICIES.forEmail(RateCaller.anonymous("10.0.0.7"), "POST", "/auth/login",
                " Ann@Example.org ");

        assertThat(quotas).singleElement().satisfies(quota -> {
            assertThat(quota.policy()).isEqualTo("login-email");
            assertThat(quota.subject()).startsWith("email:").doesNotContain("ann").hasSize(6 + 32);
            assertThat(quota.limit()).isEqualTo(5);
        });
        assertThat(quotas.get(0)).isEqualTo(POLICIES.forEmail(RateCaller.anonymous("10.9.9.9"), "POST",
                "/auth/login", "ann@example.org").get(0));
        assertThat(POLICIES.forEmail(RateCaller.anonymous("10.0.0.7"), "POST", "/activities", "a@b.c")).isEmpty();
    }

    @Test
    void theCallersOwnQuotasAreThoseCountedByCaller() {
        assertThat(POLICIES.ofCaller(user(Tier.FREE))).extracting(Quota::policy)
                .containsExactly("caller", "activities-create", "activities-list");
        assertThat(POLICIES.ofCaller(RateCaller.anonymous("10.0.0.7"))).extracting(Quota::policy)
                .containsExactly("caller");
    }

    @Test
    void refusesDuplicateNamesAndNonsenseLimits() {
        RatePolicy policy = POLICIES.all().get(0);
        assertThatThrownBy(() -> new RatePolicies(List.of(policy, policy)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatePolicy("x", Route.every(), CountedBy.CALLER, Map.of("free", 0),
                OptionalInt.empty(), MINUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RatePolicy("Bad Name", Route.every(), CountedBy.CALLER, Map.of(),
                OptionalInt.of(1), MINUTE)).isInstanceOf(IllegalArgumentException.class);
    }
}
