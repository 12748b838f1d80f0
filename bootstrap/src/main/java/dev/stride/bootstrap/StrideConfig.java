package dev.stride.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Stride's own settings ({@code stride.*}, or {@code STRIDE_*} in the environment). Defaults suit the embedded mode. */
@ConfigMapping(prefix = "stride")
public interface StrideConfig {

    /**
     * Where the embedded mode keeps its H2 database and the JWT key pair it generates. H2 wants relative paths
     * spelled {@code ./name}.
     */
    @WithDefault("./data")
    String dataDir();

    /** Accounts with these emails are admins (comma-separated). */
    Optional<List<String>> adminEmails();

    Jwt jwt();

    Passwords passwords();

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
}
