package dev.stride.adapter.in.rest.http;

/** The problem types Stride answers with; each is documented at its URI's path in the OpenAPI document. */
public final class ProblemTypes {

    public static final String VALIDATION = "validation-failed";
    public static final String MALFORMED_BODY = "malformed-body";
    public static final String MALFORMED_PATH = "malformed-path";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String PRECONDITION_FAILED = "precondition-failed";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String HTTP_ERROR = "http-error";
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String DEADLINE_EXCEEDED = "deadline-exceeded";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String INTERNAL = "internal-error";

    private static final String BASE = "https://stride.dev/problems/";

    private ProblemTypes() {
    }

    public static String uri(String slug) {
        return BASE + slug;
    }
}
