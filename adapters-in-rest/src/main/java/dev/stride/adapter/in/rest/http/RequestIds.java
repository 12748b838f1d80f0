package dev.stride.adapter.in.rest.http;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id that ties a response to every log line written for its request. */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    /** Key under which the id is kept in the Vert.x routing context and in the logging MDC. */
    public static final String KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The client's id when it is safe to echo and log, otherwise a fresh one. */
    public static String choose(String fromClient) {
        if (fromClient != null && ACCEPTED.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }
}
