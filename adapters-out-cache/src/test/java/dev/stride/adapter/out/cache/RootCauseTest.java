package dev.stride.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stride.application.port.out.CacheUnavailableException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class RootCauseTest {

    @Test
    void namesWhatActuallyFailedBehindThePortsWrapper() {
        Exception failure = new CacheUnavailableException(
                new IllegalStateException("Redis call failed", new ConnectException("Connection refused")));

        assertThat(RootCause.of(failure))
                .isEqualTo("cache unavailable: java.net.ConnectException: Connection refused");
    }

    @Test
    void aFailureWithoutCauseIsItself() {
        assertThat(RootCause.of(new IllegalStateException("boom")))
                .isEqualTo("java.lang.IllegalStateException: boom");
    }
}
