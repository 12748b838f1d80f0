package dev.stride.bootstrap.it;

import dev.stride.testing.servers.TestServers;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * What an operator gives the packaged application: PostgreSQL through quarkus.datasource.*, Redis through
 * quarkus.redis.hosts, and a key pair through the standard smallrye-jwt settings. The keys are made for this run only.
 */
public class ProductionSettings implements QuarkusTestResourceLifecycleManager {

    static final Path KEYS = Path.of("target", "it-keys");
    static final String JDBC_URL = TestServers.postgresUrl("stride_it");
    static final String REDIS_URL = TestServers.redisUrl();

    @Override
    public Map<String, String> start() {
        writeKeys();
        Map<String, String> settings = new HashMap<>(shared());
        settings.put("quarkus.flyway.clean-at-start", "true");
        settings.put("quarkus.flyway.clean-disabled", "false");
        return settings;
    }

    /**
     * What every instance of the service gets, the one under test and any other the tests start beside it: the same
     * database, keys and Redis, as replicas of one deployment would.
     */
    static Map<String, String> shared() {
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", JDBC_URL),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.flyway.schemas", "stride_it"),
                Map.entry("mp.jwt.verify.publickey.location", KEYS.resolve("public.pem").toAbsolutePath().toString()),
                Map.entry("smallrye.jwt.sign.key.location", KEYS.resolve("private.pem").toAbsolutePath().toString()),
                Map.entry("stride.admin-emails", "admin@stride.test"),
                Map.entry("stride.admin-initial-password", "correct horse battery"),
                Map.entry("stride.passwords.bcrypt-cost", "4"),
                Map.entry("quarkus.redis.hosts", REDIS_URL),
                Map.entry("stride.redis.key-prefix", "stride-it:"),
                // Long enough for the run, short enough that nothing of it stays in Redis for long.
                Map.entry("stride.sessions.refresh-token-lifetime", "PT15M"),
                // The tests present a rotated token again to see it refused at once.
                Map.entry("stride.sessions.refresh-grace", "PT0S"),
                // The suite calls from one address far more often than a client should; RateLimitAcrossReplicasIT
                // puts API.md's limits back for its own instances.
                Map.entry("stride.rate-limit.policies.caller.tiers.anonymous", "1000"),
                Map.entry("stride.rate-limit.policies.login-address.limit", "1000"),
                // The tests' webhook receivers listen on loopback.
                Map.entry("stride.webhooks.allow-private-targets", "true"),
                // Stopping an instance is most tests' clean-up, not their subject: no readiness drain (ShutdownIT
                // sets production's).
                Map.entry("quarkus.shutdown.delay", "0s"));
    }

    @Override
    public void stop() {
    }

    static synchronized void writeKeysIfMissing() {
        if (!Files.exists(KEYS.resolve("private.pem"))) {
            writeKeys();
        }
    }

    private static void writeKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(KEYS);
            Files.writeString(KEYS.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(KEYS.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
