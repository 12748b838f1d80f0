package dev.stride.adapter.in.rest;

import jakarta.ws.rs.core.Application;
import dev.stride.adapter.in.rest.problem.ProblemDetail;
import dev.stride.adapter.in.rest.problem.Problems;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API's OpenAPI identity; the paths come from the resources. */
@OpenAPIDefinition(
        info = @Info(title = "Stride API", version = "1",
                description = "Personal activity analytics. Errors are application/problem+json (RFC 9457) with a"
                        + " requestId; every response carries X-Request-ID."),
        servers = @Server(url = "http://localhost:8080",
                description = "The embedded default (./mvnw quarkus:dev); a deployment serves the same paths"),
        tags = {
                @Tag(name = "Accounts", description = "Registration, login, sessions and the caller's account"),
                @Tag(name = "Activities", description = "A user's activity log, with trash and restore"),
                @Tag(name = "Administration", description = "Admin tier only")
        },
        components = @Components(responses = {
                @APIResponse(name = StrideApi.BAD_REQUEST, responseCode = "400",
                        description = "Validation failed (errors lists each field), malformed JSON, wrong types,"
                                + " unknown fields or an empty body",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.UNAUTHORIZED, responseCode = "401",
                        description = "Missing, malformed, expired or wrongly signed bearer token"
                                + " (WWW-Authenticate: Bearer)",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.FORBIDDEN, responseCode = "403", description = "Admins only",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.NOT_FOUND, responseCode = "404",
                        description = "Missing, deleted or another user's: existence is never revealed",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.CONFLICT, responseCode = "409", description = "Conflict",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.IDEMPOTENCY_KEY_REUSED, responseCode = "422",
                        description = "The Idempotency-Key was already used with a different body; nothing was done",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.PRECONDITION_FAILED, responseCode = "412",
                        description = "If-Match names a version that is no longer current",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.TOO_LARGE, responseCode = "413", description = "Body over 1 MiB",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.UNSUPPORTED, responseCode = "415",
                        description = "The body is not application/json",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.TOO_MANY_REQUESTS, responseCode = "429",
                        description = "Over a rate limit: nothing was done; retry after the seconds in Retry-After",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.DEADLINE_EXCEEDED, responseCode = "504",
                        description = "The request did not complete within stride.request-timeout (5 s by default)"
                                + " and was abandoned; a write's outcome is unknown: retry it (a create with the"
                                + " same Idempotency-Key)",
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class))),
                @APIResponse(name = StrideApi.UNAVAILABLE, responseCode = "503",
                        description = "A dependency (the database, the session store) is unavailable or its circuit"
                                + " breaker is open: nothing was done, or for a write whose connection was lost while"
                                + " committing, the outcome is unknown; retry after the seconds in Retry-After (a"
                                + " create safely with an Idempotency-Key)",
                        headers = @Header(name = "Retry-After", description = "Seconds to wait before retrying",
                                schema = @Schema(type = SchemaType.INTEGER)),
                        content = @Content(mediaType = Problems.MEDIA_TYPE,
                                schema = @Schema(implementation = ProblemDetail.class)))
        }))
@SecurityScheme(securitySchemeName = StrideApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT")
public class StrideApi extends Application {

    public static final String BASE_PATH = "/api/v1";
    public static final String BEARER = "bearer";
    static final String BAD_REQUEST = "BadRequest";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String FORBIDDEN = "Forbidden";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String PRECONDITION_FAILED = "PreconditionFailed";
    static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
    static final String TOO_LARGE = "PayloadTooLarge";
    static final String UNSUPPORTED = "UnsupportedMediaType";
    static final String TOO_MANY_REQUESTS = "TooManyRequests";
    static final String UNAVAILABLE = "ServiceUnavailable";
    static final String DEADLINE_EXCEEDED = "DeadlineExceeded";
}
