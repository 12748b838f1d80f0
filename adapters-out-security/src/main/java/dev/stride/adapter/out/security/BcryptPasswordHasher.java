package dev.stride.adapter.out.security;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import dev.stride.application.port.out.PasswordHasher;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt, with passwords longer than bcrypt's 72 bytes pre-hashed (SHA-512) so that no character of a 128-character
 * passphrase is silently ignored.
 */
public class BcryptPasswordHasher implements PasswordHasher {

    private final BCrypt.Hasher hasher;
    private final BCrypt.Verifyer verifier;
    private final int cost;

    public BcryptPasswordHasher(int cost) {
        this.cost = cost;
        this.hasher = BCrypt.with(BCrypt.Version.VERSION_2B,
                LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
        this.verifier = BCrypt.verifyer(BCrypt.Version.VERSION_2B,
                LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2B));
    }

    @Override
    public String hash(String password) {
        return hasher.hashToString(cost, password.toCharArray());
    }

    @Override
    public boolean matches(String password, String hash) {
        return verifier.verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
