package dev.stride.application.port.out;

import java.time.Instant;

/** The pending deliveries: how many, and when the oldest of them was recorded (null when there is none). */
public record DeliveryBacklog(long pending, Instant oldestCreatedAt) {
}
