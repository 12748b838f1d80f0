package dev.stride.adapter.out.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Makes sure the service can sign and verify tokens before it takes its first request. In the embedded mode it
 * creates the key pair on first start and reuses it afterwards, so tokens survive restarts; in production it
 * refuses to start unless both keys are configured and readable.
 */
public final class JwtKeys {

    public static final String PUBLIC_KEY = "mp.jwt.verify.publickey.location";
    public static final String PRIVATE_KEY = "smallrye.jwt.sign.key.location";
    private static final Logger LOG = Logger.getLogger(JwtKeys.class);

    private JwtKeys() {
    }

    /** Throws, naming the setting to fix, unless both keys can be read; first creates them if {@code generate}. */
    public static void check(Optional<String> publicKeyLocation, Optional<String> privateKeyLocation,
            boolean generate) {
        Path publicKey = requireFile(publicKeyLocation, PUBLIC_KEY);
        Path privateKey = requireFile(privateKeyLocation, PRIVATE_KEY);
        if (generate) {
            try {
                if (KeyPairFiles.ensure(privateKey, publicKey)) {
                    LOG.infof("Created a JWT signing key pair in %s", privateKey.toAbsolutePath().getParent());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the JWT key pair next to " + privateKey, e);
            }
        }
        requireReadable(publicKey, PUBLIC_KEY);
        requireReadable(privateKey, PRIVATE_KEY);
    }

    private static Path requireFile(Optional<String> location, String property) {
        String value = location.filter(text -> !text.isBlank()).orElseThrow(() -> new IllegalStateException(
                "Stride needs its JWT keys: set " + property + " (environment " + environmentName(property)
                        + ") to a PEM file"));
        return Path.of(value.startsWith("file:") ? value.substring("file:".length()) : value);
    }

    private static void requireReadable(Path file, String property) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalStateException("The JWT key named by " + property + " cannot be read: " + file);
        }
    }

    private static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
