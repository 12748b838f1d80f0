package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.IdempotencyStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.idempotency.IdempotencyKey;
import dev.stride.domain.idempotency.IdempotentCreate;
import dev.stride.domain.user.UserId;
import io.micrometer.core.annotation.Timed;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Idempotency records in {@code idempotency_keys}. A claim is an insert that the primary key decides: of two
 * replicas claiming one key, PostgreSQL makes the second wait for the first's short transaction, then refuses it.
 * Every change of a claim is a compare-and-set on its token (and on whether it is finished), so a request can only
 * finish, release or take over the record it actually read.
 */
@ApplicationScoped
public class PanacheIdempotencyStore implements IdempotencyStore {

    static final String PRIMARY_KEY = "pk_idempotency_keys";
    private static final String THE_SLOT = "e.slot.ownerId = :owner and e.slot.key = :key and e.claimToken = :token";

    private final PanacheTransactions transactions;

    PanacheIdempotencyStore(PanacheTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "idempotency.find"})
    public Optional<IdempotentCreate> find(UserId owner, IdempotencyKey key) {
        return transactions.read(() -> IdempotencyKeyEntity.<IdempotencyKeyEntity>findByIdOptional(
                new IdempotencyKeyEntity.Slot(owner.value(), key.value())).map(IdempotencyMapper::toDomain));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "idempotency.claim"})
    public boolean claim(IdempotentCreate claim) {
        try {
            return ownUnit(() -> {
                if (IdempotencyKeyEntity.findByIdOptional(IdempotencyMapper.slotOf(claim)).isPresent()) {
                    return false;
                }
                IdempotencyMapper.toNewEntity(claim).persistAndFlush();
                return true;
            });
        } catch (RuntimeException e) {
            // Another replica inserted the same key between the look and the insert (at flush or at commit).
            if (Constraints.violated(e, PRIMARY_KEY)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "idempotency.take-over"})
    public boolean takeOver(IdempotentCreate current, IdempotentCreate claim) {
        return ownUnit(() -> Panache.getEntityManager().createQuery("update IdempotencyKeyEntity e set "
                        + "e.fingerprint = :fingerprint, e.claimToken = :newToken, e.createdAt = :createdAt, "
                        + "e.claimedUntil = :claimedUntil, e.activityId = null, e.activityType = null, "
                        + "e.durationMinutes = null, e.distanceKm = null, e.notes = null, e.activityDate = null, "
                        + "e.tags = null, e.activityCreatedAt = null, e.activityUpdatedAt = null, "
                        + "e.activityVersion = null where " + THE_SLOT + " and e.activityId is "
                        + (current.isFinished() ? "not null" : "null"))
                .setParameter("fingerprint", claim.fingerprint())
                .setParameter("newToken", claim.claimToken())
                .setParameter("createdAt", claim.createdAt())
                .setParameter("claimedUntil", claim.claimedUntil())
                .setParameter("owner", current.owner().value())
                .setParameter("key", current.key().value())
                .setParameter("token", current.claimToken())
                .executeUpdate() == 1);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "idempotency.finish"})
    public boolean finish(IdempotentCreate claim, Activity result) {
        // In the caller's transaction, with the row locked: the result commits with the activity, or neither does.
        return IdempotencyKeyEntity.<IdempotencyKeyEntity>find(
                        "slot.ownerId = ?1 and slot.key = ?2 and claimToken = ?3 and activityId is null",
                        claim.owner().value(), claim.key().value(), claim.claimToken())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .map(entity -> {
                    IdempotencyMapper.copyResult(result, entity);
                    return true;
                })
                .orElse(false);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "idempotency.release"})
    public void release(IdempotentCreate claim) {
        ownUnit(() -> Panache.getEntityManager()
                .createQuery("delete from IdempotencyKeyEntity e where " + THE_SLOT + " and e.activityId is null")
                .setParameter("owner", claim.owner().value())
                .setParameter("key", claim.key().value())
                .setParameter("token", claim.claimToken())
                .executeUpdate());
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "idempotency.remove-old"})
    public int removeCreatedBefore(Instant cutoff) {
        return transactions.inTransaction(() -> (int) IdempotencyKeyEntity.delete("createdAt < ?1", cutoff));
    }

    /** A transaction of its own, committed before this returns, whatever transaction the caller is in. */
    private <T> T ownUnit(Supplier<T> work) {
        return transactions.inNewTransaction(work);
    }
}
