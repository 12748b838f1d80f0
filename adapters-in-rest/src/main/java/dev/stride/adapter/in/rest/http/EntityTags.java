package dev.stride.adapter.in.rest.http;

import dev.stride.application.port.in.VersionPrecondition;
import dev.stride.domain.activity.Activity;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Strong ETags derived from an activity's version, and the conditional headers that name them. */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(Activity activity) {
        return "\"" + activity.versionTag() + "\"";
    }

    /** If-None-Match: true when the client's copy is current (weak comparison, as RFC 9110 asks for GET). */
    public static boolean noneMatchHits(String ifNoneMatch, Activity activity) {
        if (ifNoneMatch == null) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        return opaqueTags(ifNoneMatch, true).contains(activity.versionTag());
    }

    /** If-Match as a precondition for a write (strong comparison: weak tags never match). */
    public static VersionPrecondition ifMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.trim().equals("*")) {
            return VersionPrecondition.NONE;
        }
        return VersionPrecondition.oneOf(opaqueTags(ifMatch, false));
    }

    private static Set<String> opaqueTags(String header, boolean acceptWeak) {
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(tag -> acceptWeak || !tag.startsWith("W/"))
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .filter(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\""))
                .map(tag -> tag.substring(1, tag.length() - 1))
                .collect(Collectors.toSet());
    }
}
