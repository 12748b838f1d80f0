package dev.stride.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code users}; soft-deleted rows stay, so their email stays taken. */
@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Unique through the index {@value PanacheUserStore#EMAIL_INDEX}, over deleted rows too. */
    @Column(name = "email", nullable = false, length = 254)
    public String email;

    @Column(name = "password_hash", nullable = false, length = 255)
    public String passwordHash;

    /** Twice the 100 code points a name may have: H2 counts UTF-16 units. */
    @Column(name = "display_name", length = 200)
    public String displayName;

    /** The tier's wire name, so the column reads the same as the API and the tokens. */
    @Column(name = "tier", nullable = false, length = 16)
    public String tier;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;
}
