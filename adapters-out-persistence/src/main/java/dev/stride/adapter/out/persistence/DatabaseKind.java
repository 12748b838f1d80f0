package dev.stride.adapter.out.persistence;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which database the datasource is, from {@code quarkus.datasource.db-kind} (fixed at build time). What only
 * PostgreSQL offers, statement timeouts and notifications, is used where this says PostgreSQL; the embedded H2
 * goes without.
 */
@Singleton
public class DatabaseKind {

    private final boolean postgresql;

    DatabaseKind(@ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.postgresql = "postgresql".equals(dbKind);
    }

    public boolean postgresql() {
        return postgresql;
    }
}
