package dev.stride.adapter.out.cache;

/** Redis did not answer, answered too late, or answered with an error. */
class RedisUnavailableException extends RuntimeException {

    RedisUnavailableException(Throwable cause) {
        super("Redis call failed: " + cause.getClass().getSimpleName(), cause);
    }
}
