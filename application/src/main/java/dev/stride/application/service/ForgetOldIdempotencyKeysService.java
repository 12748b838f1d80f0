package dev.stride.application.service;

import dev.stride.application.port.in.ForgetOldIdempotencyKeysUseCase;
import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.idempotency.IdempotentCreate;

public class ForgetOldIdempotencyKeysService implements ForgetOldIdempotencyKeysUseCase {

    private final IdempotencyStore keys;
    private final TimeSource time;

    public ForgetOldIdempotencyKeysService(IdempotencyStore keys, TimeSource time) {
        this.keys = keys;
        this.time = time;
    }

    @Override
    public int forgetOldKeys() {
        return keys.removeCreatedBefore(time.now().minus(IdempotentCreate.RETENTION));
    }
}
