package dev.stride.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The current time. Instants are at most microsecond-precise so that they survive a database round trip. */
public interface TimeSource {

    Instant now();

    default LocalDate todayUtc() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }
}
