package dev.stride.testing;

import dev.stride.application.port.out.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A clock that moves only when told to, for tests that need to know what "now" and "today" are. */
public class ManualTimeSource implements TimeSource {

    private Instant now;

    public ManualTimeSource(Instant start) {
        this.now = start.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration).truncatedTo(ChronoUnit.MICROS);
    }

    public synchronized void set(Instant instant) {
        now = instant.truncatedTo(ChronoUnit.MICROS);
    }
}
