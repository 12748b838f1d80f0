package dev.stride.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A row of {@code audit_entries}. No foreign key to the actor: the trail must outlive anything it talks about.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntryEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "actor_id", nullable = false, updatable = false)
    public UUID actorId;

    /** The action's code ({@code activity.purged}), as the audit API shows it. */
    @Column(name = "action", nullable = false, length = 64, updatable = false)
    public String action;

    @Column(name = "target_type", nullable = false, length = 32, updatable = false)
    public String targetType;

    @Column(name = "target_id", nullable = false, length = 64, updatable = false)
    public String targetId;

    /** Not {@code at}: a short keyword-like name that some databases reserve. */
    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** {@code detail_key}/{@code detail_value}: KEY and VALUE are reserved words in H2. */
    @ElementCollection
    @CollectionTable(name = "audit_entry_details", joinColumns = @JoinColumn(name = "audit_entry_id"))
    @MapKeyColumn(name = "detail_key", length = 64)
    @Column(name = "detail_value", nullable = false, length = 1000)
    @BatchSize(size = 100)
    public Map<String, String> details = new HashMap<>();
}
