package dev.stride.application.service.caching;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;
import java.util.Optional;
import java.util.function.Predicate;

/** Cache-aside for single activities ({@code activity:{id}}): an entry is answered to its owner only. */
public class CachedGetActivity implements GetActivityUseCase {

    private final GetActivityUseCase source;
    private final ActivityCaches caches;

    public CachedGetActivity(GetActivityUseCase source, ActivityCaches caches) {
        this.source = source;
        this.caches = caches;
    }

    @Override
    public Activity get(UserId owner, ActivityId id) {
        return caches.read(caches.activity, owner, version -> ActivityCaches.activityKey(id), usableBy(owner),
                        () -> load(owner, id), loaded -> true)
                // A concurrent miss of another user shares the owner's load (same key and version number): never
                // hand that to anyone but the owner.
                .filter(activity -> activity.isOwnedBy(owner))
                .orElseThrow(ActivityNotFoundException::new);
    }

    @Override
    public Optional<Activity> atHand(UserId owner, ActivityId id) {
        return caches.atHand(caches.activity, owner, version -> ActivityCaches.activityKey(id), usableBy(owner));
    }

    private static Predicate<Activity> usableBy(UserId owner) {
        return cached -> cached.isOwnedBy(owner) && !cached.isDeleted();
    }

    private Optional<Activity> load(UserId owner, ActivityId id) {
        try {
            return Optional.of(source.get(owner, id));
        } catch (ActivityNotFoundException e) {
            return Optional.empty();
        }
    }
}
