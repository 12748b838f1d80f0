package dev.stride.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code idempotency_keys}: a claim, and once the create committed, the activity it created. */
@Entity
@Table(name = "idempotency_keys")
public class IdempotencyKeyEntity extends PanacheEntityBase {

    /** A user's key: the primary key, so one user can hold a key once and two users never collide. */
    @Embeddable
    public static class Slot implements Serializable {

        @Column(name = "owner_id", nullable = false)
        public UUID ownerId;

        @Column(name = "idempotency_key", nullable = false, length = 255)
        public String key;

        public Slot() {
        }

        Slot(UUID ownerId, String key) {
            this.ownerId = ownerId;
            this.key = key;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Slot slot && ownerId.equals(slot.ownerId) && key.equals(slot.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(ownerId, key);
        }
    }

    @EmbeddedId
    public Slot slot;

    @Column(name = "fingerprint", nullable = false, length = 64)
    public String fingerprint;

    @Column(name = "claim_token", nullable = false)
    public UUID claimToken;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "claimed_until", nullable = false)
    public Instant claimedUntil;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "activity_type", length = 32)
    public String activityType;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    @Column(name = "distance_km", precision = 7, scale = 3)
    public BigDecimal distanceKm;

    @Column(name = "notes", length = 4000)
    public String notes;

    @Column(name = "activity_date")
    public LocalDate activityDate;

    @Column(name = "tags", length = 400)
    public String tags;

    @Column(name = "activity_created_at")
    public Instant activityCreatedAt;

    @Column(name = "activity_updated_at")
    public Instant activityUpdatedAt;

    @Column(name = "activity_version")
    public Long activityVersion;
}
