package dev.stride.application.port.out;

import java.time.Duration;

/** What the caching use cases report, for metrics: hits and misses per cache, and how long the source took. */
public interface CacheEvents {

    void hit(String cache);

    void miss(String cache);

    /** The source (the database) answered a miss of {@code cache} in {@code took}. */
    void loaded(String cache, Duration took);

    /** Reports nothing. */
    CacheEvents NONE = new CacheEvents() {
        @Override
        public void hit(String cache) {
        }

        @Override
        public void miss(String cache) {
        }

        @Override
        public void loaded(String cache, Duration took) {
        }
    };
}
