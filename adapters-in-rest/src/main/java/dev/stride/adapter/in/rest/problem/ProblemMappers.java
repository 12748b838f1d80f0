package dev.stride.adapter.in.rest.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.stride.adapter.in.rest.http.ProblemTypes;
import dev.stride.adapter.in.rest.ratelimit.RateLimitedException;
import dev.stride.adapter.in.rest.ratelimit.TooManyRequests;
import dev.stride.application.port.in.UseCaseException;
import dev.stride.application.port.out.DeadlineExceededException;
import dev.stride.application.port.out.StorageUnavailableException;
import dev.stride.domain.DomainException;
import dev.stride.domain.validation.ValidationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Where exceptions become HTTP answers. Domain, use-case and security errors are answered as {@link ErrorTable}
 * says; the rest are the framework's (unreadable JSON, HTTP errors) and defects (500). Nothing of an exception's
 * internals reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int MAX_FIELD_PROBLEMS = 20;

    @Inject
    Problems problems;

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        return tabled(e);
    }

    @ServerExceptionMapper
    public Response useCase(UseCaseException e) {
        return tabled(e);
    }

    @ServerExceptionMapper
    public Response storageUnavailable(StorageUnavailableException e) {
        return tabled(e);
    }

    @ServerExceptionMapper
    public Response deadlineExceeded(DeadlineExceededException e) {
        return tabled(e);
    }

    // Quarkus security throws these; naming each makes ours win over its own mappers.
    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e) {
        return tabled(e);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return tabled(e);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return tabled(e);
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
    public Response rateLimited(RateLimitedException e) {
        return problems.builder(429, ProblemTypes.RATE_LIMITED, TooManyRequests.TITLE,
                        TooManyRequests.detail(e.decision()), null)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.decision().retryAfterSeconds()))
                .build();
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

    /** At most {@link #MAX_FIELD_PROBLEMS} field problems, then one that counts the rest: answers stay small. */
    private static List<ProblemDetail.FieldProblem> fieldProblems(ValidationException invalid) {
        List<ProblemDetail.FieldProblem> problems = invalid.errors().stream().limit(MAX_FIELD_PROBLEMS)
                .map(error -> new ProblemDetail.FieldProblem(error.field(), error.message()))
                .collect(Collectors.toCollection(ArrayList::new));
        int rest = invalid.errors().size() - problems.size();
        if (rest > 0) {
            problems.add(new ProblemDetail.FieldProblem("errors", rest + " more problems are not listed"));
        }
        return problems;
    }

    private Response tabled(RuntimeException e) {
        ErrorTable.Answer answer = ErrorTable.answerTo(e).orElse(null);
        if (answer == null) {
            return internal(e);
        }
        List<ProblemDetail.FieldProblem> errors = e instanceof ValidationException invalid
                ? fieldProblems(invalid) : null;
        Response.ResponseBuilder response = problems.builder(answer.status(), answer.type(), answer.title(),
                answer.detail(), errors);
        if (answer.challenge()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (answer.status() == 503) {
            // The cause says what failed (refused, timed out); it names no token or secret.
            LOG.warnf("%s: %s", e.getMessage(), String.valueOf(e.getCause()));
        }
        if (answer.retry()) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(answer.retryAfter()));
        }
        return response.build();
    }
}
