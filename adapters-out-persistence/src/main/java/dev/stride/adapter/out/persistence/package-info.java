/**
 * Hibernate ORM Panache adapters for the storage out-ports. The entities here are a storage shape, kept apart from
 * the domain model and translated by the mappers, so the model carries no persistence annotations and the tables
 * can change without touching it. Flyway owns the schema (under {@code db/migration}); Hibernate only validates it.
 */
package dev.stride.adapter.out.persistence;
