package dev.stride.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code webhook_subscriptions}. */
@Entity
@Table(name = "webhook_subscriptions")
public class SubscriptionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public UUID ownerId;

    @Column(name = "url", nullable = false, length = 2048, updatable = false)
    public String url;

    @Column(name = "events", nullable = false, length = 200, updatable = false)
    public String events;

    @Column(name = "description", length = 512, updatable = false)
    public String description;

    @Column(name = "secret", nullable = false, length = 64, updatable = false)
    public String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "disabled_at")
    public Instant disabledAt;
}
