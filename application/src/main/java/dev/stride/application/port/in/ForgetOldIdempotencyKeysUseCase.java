package dev.stride.application.port.in;

/** Idempotency keys are remembered for 24 hours, as API.md promises, then removed. */
public interface ForgetOldIdempotencyKeysUseCase {

    /** @return how many keys were removed */
    int forgetOldKeys();
}
