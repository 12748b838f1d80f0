package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.TimeSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The wall clock, cut to microseconds: what PostgreSQL stores, so an instant reads back as it was written. */
public class SystemTimeSource implements TimeSource {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
