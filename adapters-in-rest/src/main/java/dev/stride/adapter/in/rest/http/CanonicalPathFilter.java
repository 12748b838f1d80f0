package dev.stride.adapter.in.rest.http;

import dev.stride.adapter.in.rest.StrideApi;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Refuses API requests whose path is not written the one way the router and the rate limiter both read it: no
 * {@code ;} parameters (the router drops them, so {@code /auth/login;x} would reach the login under another name),
 * no empty or dot segments, no percent-encoding, no backslash, no trailing slash, and the base path in lower case.
 * Ids and route names need none of these, so a client loses nothing; the limiter then sees exactly what is routed.
 */
@ApplicationScoped
public class CanonicalPathFilter {

    /** After the request id (1000), before the rate limiter (500). */
    private static final int PRIORITY = 900;
    private static final String API = StrideApi.BASE_PATH + "/";

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.toLowerCase(Locale.ROOT).startsWith("/api") && !isCanonical(path)) {
            EdgeProblems.end(rc, EdgeProblems.problem(rc, 400, ProblemTypes.MALFORMED_PATH, "Malformed request path",
                    "Write the path without ';' parameters, empty or dot segments, percent-encoding, backslashes"
                            + " or a trailing slash, below " + StrideApi.BASE_PATH));
            return;
        }
        rc.next();
    }

    static boolean isCanonical(String path) {
        if (!path.startsWith(API) || path.endsWith("/")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == ';' || c == '%' || c == '\\' || c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
