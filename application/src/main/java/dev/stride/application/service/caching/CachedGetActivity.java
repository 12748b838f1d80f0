package dev.stride.application.service.caching;

import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.GetActivityUseCase;
import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.user.UserId;
import java.util.Optional;

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
        return caches.read(caches.activity, owner, version -> ActivityCaches.activityKey(id),
                        cached -> cached.isOwnedBy(owner) && !cached.isDeleted(),
                        () -> load(owner, id), loaded -> true)
                // A concurrent miss of another user shares the owner's load (same key and version number): never
                // hand that to anyone but the owner.
                .filter(activity -> activity.isOwnedBy(owner))
                .orElseThrow(ActivityNotFoundException::new);
    }

    private Optional<Activity> load(UserId owner, ActivityId id) {
        try {
            return Optional.of(source.get(owner, id));
        } catch (ActivityNotFoundException e) {
            return Optional.empty();
        }
    }
}
