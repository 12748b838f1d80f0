package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.ActivityStore;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityFilter;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.paging.Page;
import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.user.UserId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Activities in a map. Row locks are implied: {@link InMemoryTransactions} runs one unit of work at a time. */
public class InMemoryActivityStore implements ActivityStore, MemoryParticipant {

    /** The order of the live list; ids compare as their text, which is how the databases order UUIDs. */
    static final Comparator<Activity> NEWEST_FIRST = Comparator
            .comparing((Activity a) -> a.details().activityDate()).reversed()
            .thenComparing(Activity::createdAt, Comparator.reverseOrder())
            .thenComparing(a -> a.id().toString(), Comparator.reverseOrder());

    static final Comparator<Activity> RECENTLY_DELETED_FIRST = Comparator
            .comparing(Activity::deletedAt, Comparator.reverseOrder())
            .thenComparing(a -> a.id().toString(), Comparator.reverseOrder());

    private final Map<ActivityId, Activity> activities = new ConcurrentHashMap<>();

    @Override
    public void insert(Activity activity) {
        if (activities.putIfAbsent(activity.id(), activity) != null) {
            throw new IllegalStateException("activity " + activity.id() + " already exists");
        }
    }

    @Override
    public void update(Activity activity) {
        if (activities.replace(activity.id(), activity) == null) {
            throw new IllegalStateException("activity " + activity.id() + " does not exist");
        }
    }

    @Override
    public Optional<Activity> findLive(UserId owner, ActivityId id) {
        return Optional.ofNullable(activities.get(id))
                .filter(activity -> activity.isOwnedBy(owner) && !activity.isDeleted());
    }

    @Override
    public Optional<Activity> lockLive(UserId owner, ActivityId id) {
        return findLive(owner, id);
    }

    @Override
    public Optional<Activity> lockAny(ActivityId id) {
        return Optional.ofNullable(activities.get(id));
    }

    @Override
    public Page<Activity> listLive(ActivityFilter filter, PageRequest page) {
        return page(matching(filter), NEWEST_FIRST, page);
    }

    @Override
    public Page<Activity> listTrash(UserId owner, PageRequest page) {
        return page(activity -> activity.isOwnedBy(owner) && activity.isDeleted(), RECENTLY_DELETED_FIRST, page);
    }

    @Override
    public void purge(ActivityId id) {
        activities.remove(id);
    }

    private static Predicate<Activity> matching(ActivityFilter filter) {
        return activity -> activity.isOwnedBy(filter.owner())
                && !activity.isDeleted()
                && (filter.type() == null || activity.details().type().value().equals(filter.type()))
                && (filter.tag() == null || activity.details().tags().values().contains(filter.tag()))
                && (filter.from() == null || !activity.details().activityDate().isBefore(filter.from()))
                && (filter.to() == null || !activity.details().activityDate().isAfter(filter.to()));
    }

    private Page<Activity> page(Predicate<Activity> filter, Comparator<Activity> order, PageRequest request) {
        List<Activity> all = activities.values().stream().filter(filter).sorted(order).toList();
        List<Activity> items = all.stream().skip(request.offset()).limit(request.limit()).toList();
        return Page.of(items, request, all.size());
    }

    @Override
    public Object snapshot() {
        return new HashMap<>(activities);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void restore(Object snapshot) {
        activities.clear();
        activities.putAll((Map<ActivityId, Activity>) snapshot);
    }

    /** The live activities a filter selects, in no particular order: what {@link InMemoryActivityTotals} sums. */
    List<Activity> live(ActivityFilter filter) {
        return activities.values().stream().filter(matching(filter)).toList();
    }
}
