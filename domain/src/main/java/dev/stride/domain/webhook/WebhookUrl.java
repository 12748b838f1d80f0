package dev.stride.domain.webhook;

import dev.stride.domain.validation.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a subscription's deliveries go: an absolute http or https URL with a host, without credentials or a
 * fragment. Whether the host may be reached at all is a separate question ({@link TargetAddresses}), asked
 * again at every delivery because DNS answers change.
 */
public record WebhookUrl(URI uri) {

    public static final int MAX_LENGTH = 2048;
    private static final String FIELD = "url";

    public WebhookUrl {
        Objects.requireNonNull(uri, "uri");
    }

    public static WebhookUrl parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of(FIELD, "is required");
        }
        if (raw.length() > MAX_LENGTH) {
            throw ValidationException.of(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(raw.trim());
        } catch (URISyntaxException e) {
            throw ValidationException.of(FIELD, "must be a valid absolute URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw ValidationException.of(FIELD, "must be an http or https URL");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw ValidationException.of(FIELD, "must not contain credentials");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw ValidationException.of(FIELD, "must name a host");
        }
        if (uri.getRawFragment() != null) {
            throw ValidationException.of(FIELD, "must not contain a fragment");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw ValidationException.of(FIELD, "has an invalid port");
        }
        return new WebhookUrl(uri);
    }

    public boolean isHttps() {
        return uri.getScheme().equalsIgnoreCase("https");
    }

    /** The host as DNS knows it: lower case, IPv6 literals without their brackets. */
    public String host() {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : isHttps() ? 443 : 80;
    }

    /** Path and query as they go on the request line. */
    public String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    /** {@code host:port}: what one circuit breaker covers. */
    public String target() {
        return host() + ":" + port();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
