package dev.stride.bootstrap.it;

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
import java.util.Map;

/**
 * What an operator gives the packaged application: PostgreSQL through quarkus.datasource.*, and a key pair through
 * the standard smallrye-jwt settings. The keys are made for this run only.
 */
public class ProductionSettings implements QuarkusTestResourceLifecycleManager {

    static final Path KEYS = Path.of("target", "it-keys");
    static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=stride_it";

    @Override
    public Map<String, String> start() {
        writeKeys();
        return Map.ofEntries(
                Map.entry("quarkus.datasource.jdbc.url", JDBC_URL),
                Map.entry("quarkus.datasource.username", "postgres"),
                Map.entry("quarkus.flyway.schemas", "stride_it"),
                Map.entry("quarkus.flyway.clean-at-start", "true"),
                Map.entry("quarkus.flyway.clean-disabled", "false"),
                Map.entry("mp.jwt.verify.publickey.location", KEYS.resolve("public.pem").toAbsolutePath().toString()),
                Map.entry("smallrye.jwt.sign.key.location", KEYS.resolve("private.pem").toAbsolutePath().toString()),
                Map.entry("stride.admin-emails", "admin@stride.test"),
                Map.entry("stride.passwords.bcrypt-cost", "4"));
    }

    @Override
    public void stop() {
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
