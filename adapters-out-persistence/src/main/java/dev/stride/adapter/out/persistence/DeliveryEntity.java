package dev.stride.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code webhook_deliveries}: a delivery and who holds it. */
@Entity
@Table(name = "webhook_deliveries")
public class DeliveryEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    public UUID subscriptionId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public UUID ownerId;

    @Column(name = "event_type", nullable = false, length = 32, updatable = false)
    public String eventType;

    @Column(name = "payload", nullable = false, length = 16000, updatable = false)
    public String payload;

    @Column(name = "request_id", length = 64, updatable = false)
    public String requestId;

    @Column(name = "status", nullable = false, length = 16)
    public String status;

    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "claimed_by", length = 100)
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;
}
