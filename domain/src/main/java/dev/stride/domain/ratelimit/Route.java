package dev.stride.domain.ratelimit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Which requests an endpoint policy covers: {@code *} (every request) or a method and a route template relative to
 * the API's base path, such as {@code GET /activities} or {@code PUT /activities/{id}}. A template segment in braces
 * matches any one path segment; a template never matches a longer or shorter path.
 */
public final class Route {

    private static final Route EVERY = new Route("*", null, null);

    private final String text;
    private final String method;
    private final String[] segments;

    private Route(String text, String method, String[] segments) {
        this.text = text;
        this.method = method;
        this.segments = segments;
    }

    public static Route every() {
        return EVERY;
    }

    /** Parses {@code *} or {@code METHOD /template}. */
    public static Route parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        String trimmed = raw.trim();
        if (trimmed.equals("*")) {
            return EVERY;
        }
        String[] parts = trimmed.split("\\s+");
        if (parts.length != 2 || !parts[0].matches("[A-Za-z]+") || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("a route is '*' or 'METHOD /path/{param}', was '" + raw + "'");
        }
        String method = parts[0].toUpperCase(Locale.ROOT);
        return new Route(method + " " + parts[1], method, segments(parts[1]));
    }

    public boolean matches(String requestMethod, String path) {
        if (this == EVERY) {
            return true;
        }
        if (!method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        String[] actual = segments(path);
        if (actual.length != segments.length) {
            return false;
        }
        for (int i = 0; i < segments.length; i++) {
            boolean parameter = segments[i].startsWith("{") && segments[i].endsWith("}");
            if (parameter ? actual[i].isEmpty() : !segments[i].equals(actual[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String[] parts = trimmed.split("/", -1);
        return Arrays.copyOfRange(parts, Math.min(1, parts.length), parts.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Route route && route.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
