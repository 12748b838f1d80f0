package dev.stride.application.port.out;

/** One-way, salted, deliberately slow hashing of passwords. */
public interface PasswordHasher {

    String hash(String password);

    boolean matches(String password, String hash);
}
