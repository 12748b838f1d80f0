package dev.stride.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Stride's own settings ({@code stride.*}, or {@code STRIDE_*} in the environment). Defaults suit the embedded mode. */
@ConfigMapping(prefix = "stride")
public interface StrideConfig {

    /**
     * Where the embedded mode keeps its H2 database and the JWT key pair it generates. H2 wants relative paths
     * spelled {@code ./name}.
     */
    @WithDefault("./data")
    String dataDir();

    /** Accounts with these emails are admins (comma-separated); the service creates them at start-up. */
    Optional<List<String>> adminEmails();

    /**
     * The password of each admin account the service creates at start-up (a secret, from the environment). Needed
     * only while a listed account does not exist yet; without it then, the service refuses to start.
     */
    Optional<String> adminInitialPassword();

    /**
     * How long an API request may take: past it the client gets 504 problem+json and the work is abandoned (its
     * database statements are cancelled by a timeout of what is left). Keep it below the load balancer's timeout.
     */
    @WithDefault("PT5S")
    Duration requestTimeout();

    Jwt jwt();

    Passwords passwords();

    Sessions sessions();

    Redis redis();

    Accounts accounts();

    Cache cache();

    RateLimit rateLimit();

    Webhooks webhooks();

    Idempotency idempotency();

    interface Idempotency {

        /**
         * How long a create sent with an {@code Idempotency-Key} holds the key while it works: a second request
         * with the key meanwhile gets 409. Past it, a retry may take the key over (the replica that held it died).
         * Keep it longer than the longest a request may run.
         */
        @WithDefault("PT15S")
        Duration claimLease();
    }

    interface Jwt {

        /** How long an access token stays valid. */
        @WithDefault("PT15M")
        Duration accessTokenLifetime();

        /**
         * Create the signing key pair at the configured locations when it is missing (embedded mode). Production
         * leaves this off and refuses to start without keys.
         */
        @WithDefault("false")
        boolean generateKeys();
    }

    interface Passwords {

        /** bcrypt's work factor: each step doubles the time a hash (and a guess) takes. */
        @WithDefault("12")
        int bcryptCost();
    }

    interface Sessions {

        /**
         * Where refresh tokens live: {@code redis} (production: shared by replicas, kept across restarts) or
         * {@code memory} (the embedded default: one process, forgotten on restart, no Redis needed).
         */
        SessionStoreKind store();

        /** How long a refresh token stays valid; every refresh starts a new one. */
        @WithDefault("P30D")
        Duration refreshTokenLifetime();

        /**
         * How long after a refresh token's rotation presenting it again still gets a new pair, keeping the login:
         * a client retrying a refresh whose answer it lost, two tabs refreshing at once. Later, it is reuse, and
         * the login is revoked.
         */
        @WithDefault("PT10S")
        Duration refreshGrace();
    }

    enum SessionStoreKind {
        MEMORY, REDIS
    }

    interface Redis {

        /** Every key Stride writes starts with this, so several deployments can share one Redis. */
        @WithDefault("stride:")
        String keyPrefix();

        /** The longest any single Redis call may take before it counts as Redis being unavailable. */
        @WithDefault("PT1S")
        Duration timeout();
    }

    interface Accounts {

        /**
         * How long a process trusts what it last read of an account (live or deleted, and its tier) when checking a
         * request's token. Changes made through the same process are seen at once; other replicas see them within
         * this time.
         */
        @WithDefault("PT30S")
        Duration stateCacheTtl();

        /** At most this many accounts are remembered per process. */
        @WithDefault("10000")
        int stateCacheMaxEntries();
    }

    interface Cache {

        /** Caching of activities, lists and statistics; the benchmark turns it off to measure the database. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Where cached results live: {@code redis} (production: shared by replicas) or {@code memory} (the embedded
         * default: this process only).
         */
        CacheStoreKind store();

        /** The longest a single Redis call of the cache may take; past it, the request goes to the database. */
        @WithDefault("PT0.05S")
        Duration timeout();

        @WithDefault("PT5M")
        Duration activityTtl();

        @WithDefault("PT2M")
        Duration listTtl();

        @WithDefault("PT2M")
        Duration statisticsTtl();

        /**
         * How long a replica trusts a user's data version once read, so that the user's requests within it share one
         * database read; every activity write waits this long after its commit before it returns, so that no replica
         * trusts an older read by then. 0: the version is read for every request and writes do not wait. With the
         * version watch, a version is trusted beyond its lease while the watch vouches for it: the lease is then the
         * most the watch may lag, so it must be well above the watch's tick.
         */
        @WithDefault("PT0.02S")
        Duration versionLease();

        /** News of data version changes from PostgreSQL, which keeps versions trusted without reading them again. */
        VersionWatch versionWatch();

        /** The in-memory store holds at most this many entries per cache (activity, lists, statistics, summaries). */
        @WithDefault("10000")
        int maxEntries();

        /**
         * With the Redis store, each replica keeps copies of the entries it used lately, at most this many per cache;
         * a read they answer needs no Redis round trip. 0 turns the copies off. They are never served stale: like
         * every entry they carry the owner's data version, checked against the database on every read.
         */
        @WithDefault("1000")
        int nearMaxEntries();

        /**
         * The same for single activities, which are small (about a kilobyte each) and read the most: 10,000 hold
         * the recently read activities of a few thousand active users in about 10 MB.
         */
        @WithDefault("10000")
        int nearMaxActivities();

        /** The longest a replica keeps such a copy (at most the entry's own TTL). */
        @WithDefault("PT30S")
        Duration nearTtl();

        /** How often the in-memory store (and the replica's copies) drop their expired entries. */
        @WithDefault("PT1M")
        Duration cleanupInterval();
    }

    interface VersionWatch {

        /**
         * On PostgreSQL, each replica listens to the notification every version bump sends at its commit, and trusts
         * a version it read until told of a change (for a minute at most), instead of reading it again after its
         * lease: a cached read then costs no database round trip. Ignored on other databases.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * How often, while reads ask, the watch checks that its news is complete (a notification to itself, in
         * commit order behind every change): at most this plus the database's latency behind.
         */
        @WithDefault("PT0.005S")
        Duration tick();
    }

    enum CacheStoreKind {
        MEMORY, REDIS
    }

    interface RateLimit {

        /** {@code false} turns every limit off (load tests): no counting, no rate limit headers. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Where hits are counted: {@code redis} (production: shared by replicas; while Redis fails, each replica
         * counts in memory) or {@code memory} (the embedded default: this process only).
         */
        RateStoreKind store();

        /** The longest a Redis call of the limiter may take; past it, this replica counts in memory. */
        @WithDefault("PT0.05S")
        Duration timeout();

        /**
         * How long the limiter's circuit breaker stays open once half of its last 100 Redis calls failed: meanwhile
         * hits are counted in memory without trying Redis.
         */
        @WithDefault("PT5S")
        Duration breakerDelay();

        /**
         * While Redis is away and each replica counts in memory, each admits {@code 1/fallback-replicas} of every
         * limit. Set it to the most replicas you run (the HPA's maxReplicas) and the fleet never admits more than
         * a limit, at the price of tighter limits during the outage; 1 lets each replica admit a whole limit.
         */
        @WithDefault("1")
        int fallbackReplicas();

        /**
         * Addresses or CIDR ranges of the proxies in front of the service (ingress, load balancer). Only when the
         * direct peer is one of them is X-Forwarded-For believed, so clients cannot pick their own address.
         */
        Optional<List<String>> trustedProxies();

        /**
         * The header the trusted proxies write the client's address into: {@code x-forwarded-for} (every line is
         * read; {@code ip:port} and {@code [v6]:port} entries are understood) or {@code forwarded} (RFC 7239).
         * Only that one is read: a client-written other header is ignored.
         */
        @WithDefault("x-forwarded-for")
        ForwardingHeaderKind forwardingHeader();

        /** IPv6 clients are counted per network of this prefix length: one host commonly holds a whole /64. */
        @WithDefault("64")
        int ipv6Prefix();

        /** How often in-memory counters whose hits have all expired are dropped. */
        @WithDefault("PT30S")
        Duration cleanupInterval();

        /** The policies by name; application.properties holds API.md's defaults. */
        Map<String, Policy> policies();
    }

    interface Webhooks {

        /**
         * Delivery workers of this replica. Several replicas share the outbox; 0 makes a replica deliver nothing
         * (it still records events).
         */
        @WithDefault("4")
        int workers();

        /** How many due deliveries a worker claims at once. */
        @WithDefault("5")
        int claimBatch();

        /**
         * How long a claim lasts: a worker that died holding deliveries gives them up after this. Must exceed
         * {@code claim-batch} times {@code timeout}, or a slow batch could be claimed twice.
         */
        @WithDefault("PT2M")
        Duration lease();

        /** How often idle workers look for deliveries that other replicas recorded or that came due. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** The longest one attempt may take, connection included; no answer by then is a failed attempt. */
        @WithDefault("PT10S")
        Duration timeout();

        /**
         * Allows subscriptions and deliveries to loopback, private, link-local and unique-local addresses: tests,
         * and self-hosters whose receivers run on the same LAN. Off, such targets are refused (SSRF).
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How long delivered and failed deliveries stay listed before the retention job removes them. */
        @WithDefault("P30D")
        Duration retention();

        /** On shutdown, how long the workers may finish the attempts under way. */
        @WithDefault("PT5S")
        Duration shutdownGrace();

        Retry retry();

        Breaker breaker();
    }

    /** Exponential backoff with full jitter; the defaults spread 8 attempts over up to about 23 hours. */
    interface Retry {

        @WithDefault("8")
        int maxAttempts();

        /** The upper bound of the first wait; each later one is {@code multiplier} times the previous. */
        @WithDefault("PT30S")
        Duration initialDelay();

        @WithDefault("4")
        double multiplier();

        @WithDefault("PT12H")
        Duration maxDelay();
    }

    /** One circuit breaker per receiver (host and port), in each replica. */
    interface Breaker {

        /** Consecutive failures (no answer, 5xx, 429) that open it. */
        @WithDefault("5")
        int failureThreshold();

        /** How long it stays open before one trial attempt. */
        @WithDefault("PT1M")
        Duration openFor();
    }

    enum ForwardingHeaderKind { X_FORWARDED_FOR, FORWARDED }

    interface Policy {

        /** {@code *} for every request, or a method and a route template below /api/v1: {@code GET /activities}. */
        String route();

        /** {@code caller} (the user, or an anonymous client's address), {@code address} or {@code email}. */
        @WithDefault("caller")
        PolicyCount countedBy();

        /** The limit of every tier without one of its own in {@link #tiers()}. */
        OptionalInt limit();

        /** Limits by tier: {@code anonymous}, {@code free}, {@code premium}, {@code admin}. */
        Map<String, Integer> tiers();

        /** The window the limit is given for: a burst of up to the limit, then one more every window / limit. */
        @WithDefault("PT1M")
        Duration window();
    }

    enum PolicyCount {
        CALLER, ADDRESS, EMAIL
    }

    enum RateStoreKind {
        MEMORY, REDIS
    }
}
