package dev.stride.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A row of {@code activities}. The version is the domain's, written as given: no JPA {@code @Version}. */
@Entity
@Table(name = "activities")
public class ActivityEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** A plain column rather than an association: nothing here ever needs the owner's row. */
    @Column(name = "user_id", nullable = false, updatable = false)
    public UUID userId;

    @Column(name = "activity_type", nullable = false, length = 32)
    public String type;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "distance_km", precision = 7, scale = 3)
    public BigDecimal distanceKm;

    /** Twice the 2000 code points a note may have: H2 counts UTF-16 units. */
    @Column(name = "notes", length = 4000)
    public String notes;

    @Column(name = "activity_date", nullable = false)
    public LocalDate activityDate;

    /** Loaded for a whole page of activities at once, not one query per row. */
    @ElementCollection
    @CollectionTable(name = "activity_tags", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position", nullable = false)
    @Column(name = "tag", nullable = false, length = 32)
    @BatchSize(size = 100)
    public List<String> tags = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    @Column(name = "version", nullable = false)
    public long version;
}
