package dev.stride.domain.ratelimit;

import dev.stride.domain.user.Email;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every rate limit of the service, and which of them count a given request. */
public final class RatePolicies {

    private final List<RatePolicy> policies;

    public RatePolicies(List<RatePolicy> policies) {
        this.policies = List.copyOf(policies);
        long names = this.policies.stream().map(RatePolicy::name).distinct().count();
        if (names != this.policies.size()) {
            throw new IllegalArgumentException("rate limit policy names must be unique");
        }
    }

    public List<RatePolicy> all() {
        return policies;
    }

    /** The quotas a request is counted against before its body is read: per caller and per address. */
    public List<Quota> forRequest(RateCaller caller, String method, String path) {
        List<Quota> quotas = new ArrayList<>();
        for (RatePolicy policy : policies) {
            if (policy.countedBy() == CountedBy.EMAIL || !policy.route().matches(method, path)) {
                continue;
            }
            String subject = policy.countedBy() == CountedBy.CALLER ? caller.subject() : caller.addressSubject();
            policy.quotaFor(caller, subject).ifPresent(quotas::add);
        }
        return quotas;
    }

    /** The quotas of the policies that count a request by the email it names (a login). */
    public List<Quota> forEmail(RateCaller caller, String method, String path, String email) {
        List<Quota> quotas = new ArrayList<>();
        for (RatePolicy policy : policies) {
            if (policy.countedBy() == CountedBy.EMAIL && policy.route().matches(method, path)) {
                policy.quotaFor(caller, emailSubject(email)).ifPresent(quotas::add);
            }
        }
        return quotas;
    }

    /** The quotas that follow a caller wherever they call from: what {@code GET /me/limits} reports. */
    public List<Quota> ofCaller(RateCaller caller) {
        List<Quota> quotas = new ArrayList<>();
        for (RatePolicy policy : policies) {
            if (policy.countedBy() == CountedBy.CALLER) {
                policy.quotaFor(caller, caller.subject()).ifPresent(quotas::add);
            }
        }
        return quotas;
    }

    public Optional<RatePolicy> named(String name) {
        return policies.stream().filter(policy -> policy.name().equals(name)).findFirst();
    }

    /**
     * Emails are counted by digest of their {@link Email#canonical(String) one spelling}, the one the account lookup
     * uses, so the counters' names (in Redis, in logs) never hold one and no other spelling gets a fresh counter.
     */
    static String emailSubject(String email) {
        Objects.requireNonNull(email, "email");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Email.canonical(email).getBytes(StandardCharsets.UTF_8));
            return "email:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
