package dev.stride.adapter.out.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Writes an RSA key pair as PEM files (PKCS#8 private key, X.509 public key), the forms smallrye-jwt reads. */
final class KeyPairFiles {

    private static final int KEY_BITS = 2048;

    private KeyPairFiles() {
    }

    /** Creates both files unless both exist; a lone survivor of an earlier failure is replaced. */
    static boolean ensure(Path privateKey, Path publicKey) throws IOException {
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return false;
        }
        KeyPair pair = generate();
        writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
        writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
        return true;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is part of every JDK", e);
        }
    }

    private static void writePem(Path target, String type, byte[] der, boolean secret) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Path temporary = Files.createTempFile(directory, ".key", ".tmp");
        if (secret) {
            restrictToOwner(temporary);
        }
        Files.writeString(temporary, pem, StandardCharsets.US_ASCII);
        // Written aside and moved in, so a crash never leaves a half-written key that later starts would trust.
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions apply.
        }
    }
}
