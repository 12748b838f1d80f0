package dev.stride.adapter.out.persistence;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import io.micrometer.core.annotation.Timed;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * Activities and their tags. The lock methods take row locks ({@code SELECT ... FOR UPDATE}; on PostgreSQL
 * Hibernate asks for {@code FOR NO KEY UPDATE}, which still excludes every other writer of the row) held until
 * the transaction ends: that is what lets a restore and a purge of the same activity take turns.
 */
@ApplicationScoped
public class PanacheActivityStore implements ActivityStore {

    /** The id breaks ties so that pages never overlap; the databases order uuids as their text. */
    private static final Sort NEWEST_FIRST = Sort.descending("activityDate", "createdAt", "id");
    private static final Sort RECENTLY_DELETED_FIRST = Sort.descending("deletedAt", "id");

    private final PanacheTransactions transactions;

    PanacheActivityStore(PanacheTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.insert"})
    public void insert(Activity activity) {
        ActivityMapper.toNewEntity(activity).persist();
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.update"})
    public void update(Activity activity) {
        // Normally already in the session (the caller locked it), so this costs no query.
        ActivityEntity entity = ActivityEntity.<ActivityEntity>findByIdOptional(activity.id().value())
                .orElseThrow(() -> new IllegalStateException("activity " + activity.id() + " does not exist"));
        ActivityMapper.copyChangeableState(activity, entity);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.find"})
    public Optional<Activity> findLive(UserId owner, ActivityId id) {
        return transactions.read(() -> liveQuery(owner, id).firstResultOptional().map(ActivityMapper::toDomain));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.lock"})
    public Optional<Activity> lockLive(UserId owner, ActivityId id) {
        // The database re-checks "deleted_at is null" once the lock is granted, so a row deleted meanwhile is
        // not returned.
        return liveQuery(owner, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .map(ActivityMapper::toDomain);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.lock"})
    public Optional<Activity> lockAny(ActivityId id) {
        // A purge that commits while we wait leaves no row: we get nothing, never a ghost of it.
        return ActivityEntity.<ActivityEntity>findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(ActivityMapper::toDomain);
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.list"})
    public Page<Activity> listLive(ActivityFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("userId = :owner and deletedAt is null");
        Parameters parameters = Parameters.with("owner", filter.owner().value());
        if (filter.type() != null) {
            where.append(" and type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.tag() != null) {
            where.append(" and :tag member of tags");
            parameters.and("tag", filter.tag());
        }
        if (filter.from() != null) {
            where.append(" and activityDate >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and activityDate <= :to");
            parameters.and("to", filter.to());
        }
        return transactions.read(
                () -> pageOf(ActivityEntity.find(where.toString(), NEWEST_FIRST, parameters), page));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.trash"})
    public Page<Activity> listTrash(UserId owner, PageRequest page) {
        return transactions.read(() -> pageOf(ActivityEntity.find("userId = ?1 and deletedAt is not null",
                RECENTLY_DELETED_FIRST, owner.value()), page));
    }

    @Override
    @Timed(value = "db.calls", extraTags = {"operation", "activity.purge"})
    public void purge(ActivityId id) {
        // A removal through the session deletes the tag rows too and keeps the session consistent with the
        // database; the foreign key's ON DELETE CASCADE covers deletes made outside this adapter.
        ActivityEntity.findByIdOptional(id.value()).ifPresent(PanacheEntityBase::delete);
    }

    private static PanacheQuery<ActivityEntity> liveQuery(UserId owner, ActivityId id) {
        return ActivityEntity.find("id = ?1 and userId = ?2 and deletedAt is null", id.value(), owner.value());
    }

    private static Page<Activity> pageOf(PanacheQuery<ActivityEntity> query, PageRequest page) {
        long total = query.count();
        // Mapping reads each row's tags; @BatchSize on the collection turns that into one query per page.
        List<Activity> items = query.page(page.page() - 1, page.limit()).list().stream().map(ActivityMapper::toDomain).toList();
        return Page.of(items, page, total);
    }
}
