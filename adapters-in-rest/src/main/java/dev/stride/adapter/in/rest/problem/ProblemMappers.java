package dev.stride.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.stride.adapter.in.rest.http.ProblemTypes;
import dev.stride.adapter.in.rest.http.RateLimitedException;
import dev.stride.adapter.in.rest.http.TooManyRequests;
import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.InvalidCredentialsException;
import dev.stride.application.port.in.InvalidRefreshTokenException;
import dev.stride.application.port.in.TierSetByConfigurationException;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.application.port.in.PreconditionFailedException;
import dev.stride.application.port.out.EmailAlreadyTakenException;
import dev.stride.application.port.out.SessionStoreUnavailableException;
import dev.stride.domain.activity.ActivityDeletedException;
import dev.stride.domain.activity.ActivityNotDeletedException;
import dev.stride.domain.user.AccountNotDeletedException;
import dev.stride.domain.user.AdminRequiredException;
import dev.stride.domain.validation.ValidationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become HTTP answers. Nothing of an exception's internals reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client should wait when a dependency is down: long enough not to hammer it. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response validation(ValidationException e) {
        return problems.respond(400, ProblemTypes.VALIDATION, "Validation failed",
                "One or more fields are invalid",
                e.errors().stream().map(error -> new ProblemDetail.FieldProblem(error.field(), error.message()))
                        .toList());
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        return problems.respond(400, ProblemTypes.MALFORMED_BODY, "Malformed request body",
                JsonProblems.detail(e), JsonProblems.fieldErrors(e));
    }

    // Quarkus ships mappers for these two subtypes; naming them here makes ours win.
    @ServerExceptionMapper
    public Response unreadableBody(JsonParseException e) {
        return unreadableBody((JsonProcessingException) e);
    }

    @ServerExceptionMapper
    public Response unreadableBody(MismatchedInputException e) {
        return unreadableBody((JsonProcessingException) e);
    }

    @ServerExceptionMapper
    public Response missingBody(MissingBodyException e) {
        return problems.respond(400, ProblemTypes.MALFORMED_BODY, "Malformed request body", e.getMessage());
    }

    @ServerExceptionMapper
    public Response activityNotFound(ActivityNotFoundException e) {
        return notFound("No such activity");
    }

    @ServerExceptionMapper
    public Response activityDeleted(ActivityDeletedException e) {
        return notFound("No such activity");
    }

    @ServerExceptionMapper
    public Response userNotFound(UserNotFoundException e) {
        return notFound("No such user");
    }

    @ServerExceptionMapper
    public Response accountNotDeleted(AccountNotDeletedException e) {
        return problems.respond(409, ProblemTypes.CONFLICT, "Conflict", "The account is not deleted");
    }

    @ServerExceptionMapper
    public Response tierSetByConfiguration(TierSetByConfigurationException e) {
        return problems.respond(409, ProblemTypes.CONFLICT, "Conflict", e.getMessage());
    }

    @ServerExceptionMapper
    public Response invalidRefreshToken(InvalidRefreshTokenException e) {
        return unauthorized("The refresh token is invalid, expired or revoked");
    }

    @ServerExceptionMapper
    public Response sessionsUnavailable(SessionStoreUnavailableException e) {
        // The cause says what failed (refused, timed out); it names no token or secret.
        LOG.warnf("Session store unavailable: %s", String.valueOf(e.getCause()));
        return problems.builder(503, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                        "Sessions are unavailable for the moment; retry later", null)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimitedException e) {
        return problems.builder(429, ProblemTypes.RATE_LIMITED, TooManyRequests.TITLE,
                        TooManyRequests.detail(e.decision()), null)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.decision().retryAfterSeconds()))
                .build();
    }

    @ServerExceptionMapper
    public Response activityNotDeleted(ActivityNotDeletedException e) {
        return problems.respond(409, ProblemTypes.CONFLICT, "Conflict", "The activity is not deleted");
    }

    @ServerExceptionMapper
    public Response emailTaken(EmailAlreadyTakenException e) {
        return problems.respond(409, ProblemTypes.CONFLICT, "Conflict", "An account with this email already exists");
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e) {
        return problems.respond(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The activity has changed since the version named in If-Match");
    }

    @ServerExceptionMapper
    public Response invalidCredentials(InvalidCredentialsException e) {
        return unauthorized("Invalid email or password");
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return unauthorized("A valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthorized("A valid bearer token is required");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return forbidden();
    }

    @ServerExceptionMapper
    public Response adminRequired(AdminRequiredException e) {
        return forbidden();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return internal(e);
        }
        if (status == 400) {
            // The body reader wraps some JSON failures (a truncated document, for one) in a plain 400.
            return e.getCause() instanceof JsonProcessingException json
                    ? unreadableBody(json)
                    : problems.respond(400, ProblemTypes.MALFORMED_BODY, "Malformed request body",
                            "The request could not be read");
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP error " + status : known.getReasonPhrase();
        String slug = switch (status) {
            case 404 -> ProblemTypes.NOT_FOUND;
            case 413 -> ProblemTypes.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            default -> ProblemTypes.HTTP_ERROR;
        };
        String detail = switch (status) {
            case 404 -> "No resource exists at this path";
            case 405 -> "This method is not allowed on this resource";
            case 406 -> "None of the accepted media types can be produced; this API speaks application/json";
            case 413 -> "The request body must not exceed 1 MiB";
            case 415 -> "Send the body as application/json";
            default -> title;
        };
        Response.ResponseBuilder response = problems.builder(status, slug, title, detail, null);
        // Keep headers such as Allow (405) that the original response carried.
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        return internal(e);
    }

    private Response internal(Throwable e) {
        LOG.error("Request failed unexpectedly", e);
        return problems.respond(500, ProblemTypes.INTERNAL, "Internal server error",
                "The request could not be completed; quote the requestId when reporting this");
    }

    private Response notFound(String detail) {
        return problems.respond(404, ProblemTypes.NOT_FOUND, "Not found", detail);
    }

    private Response forbidden() {
        return problems.respond(403, ProblemTypes.FORBIDDEN, "Forbidden", "This action is reserved to admins");
    }

    private Response unauthorized(String detail) {
        return problems.builder(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }
}
