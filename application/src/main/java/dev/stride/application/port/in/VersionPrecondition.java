package dev.stride.application.port.in;

import dev.stride.domain.activity.Activity;
import java.util.Set;

/** What version of a resource a client requires before it writes (HTTP's If-Match). */
public record VersionPrecondition(boolean any, Set<String> versionTags) {

    public static final VersionPrecondition NONE = new VersionPrecondition(true, Set.of());

    public VersionPrecondition {
        versionTags = Set.copyOf(versionTags);
    }

    public static VersionPrecondition oneOf(Set<String> versionTags) {
        return new VersionPrecondition(false, versionTags);
    }

    public boolean isMetBy(Activity activity) {
        return any || versionTags.stream().anyMatch(activity::hasVersionTag);
    }
}
