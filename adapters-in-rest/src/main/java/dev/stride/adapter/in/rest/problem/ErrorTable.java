package dev.stride.adapter.in.rest.problem;

import dev.stride.adapter.in.rest.http.ProblemTypes;
import dev.stride.application.port.in.ActivityNotFoundException;
import dev.stride.application.port.in.DeliveryNotFoundException;
import dev.stride.application.port.in.InvalidCredentialsException;
import dev.stride.application.port.in.InvalidRefreshTokenException;
import dev.stride.application.port.in.PreconditionFailedException;
import dev.stride.application.port.in.SessionsUnavailableException;
import dev.stride.application.port.in.TierSetByConfigurationException;
import dev.stride.application.port.in.UserNotFoundException;
import dev.stride.application.port.in.WebhookNotFoundException;
import dev.stride.application.port.out.DeadlineExceededException;
import dev.stride.application.port.out.StorageUnavailableException;
import dev.stride.domain.activity.ActivityDeletedException;
import dev.stride.domain.activity.ActivityNotDeletedException;
import dev.stride.domain.idempotency.IdempotencyKeyReusedException;
import dev.stride.domain.idempotency.IdempotentRequestInFlightException;
import dev.stride.domain.user.AccountNotDeletedException;
import dev.stride.domain.user.AdminRequiredException;
import dev.stride.domain.user.EmailAlreadyTakenException;
import dev.stride.domain.validation.ValidationException;
import dev.stride.domain.webhook.Subscription;
import dev.stride.domain.webhook.SubscriptionDisabledException;
import dev.stride.domain.webhook.SubscriptionLimitReachedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import java.util.Map;
import java.util.Optional;

/**
 * Every domain, use-case and security error a client can meet, with the answer it gets: status, problem type,
 * title and detail. The details are written for clients: they never echo an exception's message, which may name
 * ids or internals.
 */
final class ErrorTable {

    /**
     * How an error is answered. {@code challenge}: 401 with {@code WWW-Authenticate: Bearer}; {@code retryAfter}:
     * the seconds of a {@code Retry-After} header, 0 for none.
     */
    record Answer(int status, String type, String title, String detail, int retryAfter) {

        boolean challenge() {
            return status == 401;
        }

        boolean retry() {
            return retryAfter > 0;
        }
    }

    /** How long a client should wait when a dependency is down: long enough not to hammer it. */
    static final int DEPENDENCY_RETRY_SECONDS = 5;
    /** How long a client should wait for a request with the same Idempotency-Key to finish. */
    static final int IN_FLIGHT_RETRY_SECONDS = 1;

    private static final String NO_ACTIVITY = "No such activity";
    private static final String TOKEN_REQUIRED = "A valid bearer token is required";
    private static final String ADMINS_ONLY = "This action is reserved to admins";

    private static final Map<Class<? extends Throwable>, Answer> ANSWERS = Map.ofEntries(
            row(ValidationException.class, 400, ProblemTypes.VALIDATION, "Validation failed",
                    "One or more fields are invalid"),
            row(InvalidCredentialsException.class, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                    "Invalid email or password"),
            row(InvalidRefreshTokenException.class, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                    "The refresh token is invalid, expired or revoked"),
            row(UnauthorizedException.class, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", TOKEN_REQUIRED),
            row(AuthenticationFailedException.class, 401, ProblemTypes.UNAUTHORIZED, "Unauthorized", TOKEN_REQUIRED),
            row(AdminRequiredException.class, 403, ProblemTypes.FORBIDDEN, "Forbidden", ADMINS_ONLY),
            row(ForbiddenException.class, 403, ProblemTypes.FORBIDDEN, "Forbidden", ADMINS_ONLY),
            row(ActivityNotFoundException.class, 404, ProblemTypes.NOT_FOUND, "Not found", NO_ACTIVITY),
            row(ActivityDeletedException.class, 404, ProblemTypes.NOT_FOUND, "Not found", NO_ACTIVITY),
            row(WebhookNotFoundException.class, 404, ProblemTypes.NOT_FOUND, "Not found",
                    "No such webhook subscription"),
            row(DeliveryNotFoundException.class, 404, ProblemTypes.NOT_FOUND, "Not found", "No such delivery"),
            row(SubscriptionLimitReachedException.class, 409, ProblemTypes.CONFLICT, "Conflict",
                    "At most " + Subscription.MAX_PER_OWNER + " webhook subscriptions per user; delete one first"),
            row(SubscriptionDisabledException.class, 409, ProblemTypes.CONFLICT, "Conflict",
                    "The subscription is disabled because its receiver answered 410 Gone; create a new one"),
            row(UserNotFoundException.class, 404, ProblemTypes.NOT_FOUND, "Not found", "No such user"),
            row(ActivityNotDeletedException.class, 409, ProblemTypes.CONFLICT, "Conflict",
                    "The activity is not deleted"),
            row(AccountNotDeletedException.class, 409, ProblemTypes.CONFLICT, "Conflict",
                    "The account is not deleted"),
            row(EmailAlreadyTakenException.class, 409, ProblemTypes.CONFLICT, "Conflict",
                    "An account with this email already exists"),
            row(TierSetByConfigurationException.class, 409, ProblemTypes.CONFLICT, "Conflict",
                    "This account is an admin through stride.admin-emails; its tier cannot be changed here"),
            row(PreconditionFailedException.class, 412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                    "The activity has changed since the version named in If-Match"),
            row(IdempotencyKeyReusedException.class, 422, ProblemTypes.IDEMPOTENCY_KEY_REUSED,
                    "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request body; use a new key"),
            row(IdempotentRequestInFlightException.class, 409, ProblemTypes.CONFLICT, "Conflict",
                    "A request with this Idempotency-Key is still in progress; retry after the seconds in"
                            + " Retry-After", IN_FLIGHT_RETRY_SECONDS),
            row(StorageUnavailableException.class, 503, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The database is unavailable for the moment; retry after the seconds in Retry-After",
                    DEPENDENCY_RETRY_SECONDS),
            row(DeadlineExceededException.class, 504, ProblemTypes.DEADLINE_EXCEEDED, "Deadline exceeded",
                    "The request did not complete within its deadline and was abandoned; retry later"),
            row(SessionsUnavailableException.class, 503, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                    "Sessions are unavailable for the moment; retry later", DEPENDENCY_RETRY_SECONDS));

    private ErrorTable() {
    }

    static Optional<Answer> answerTo(Throwable error) {
        return answerTo(error.getClass());
    }

    /** The answer to errors of this class, or of its nearest superclass in the table. */
    static Optional<Answer> answerTo(Class<?> error) {
        for (Class<?> type = error; type != null; type = type.getSuperclass()) {
            Answer answer = ANSWERS.get(type);
            if (answer != null) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }

    private static Map.Entry<Class<? extends Throwable>, Answer> row(Class<? extends Throwable> error, int status,
            String type, String title, String detail) {
        return row(error, status, type, title, detail, 0);
    }

    private static Map.Entry<Class<? extends Throwable>, Answer> row(Class<? extends Throwable> error, int status,
            String type, String title, String detail, int retryAfter) {
        return Map.entry(error, new Answer(status, type, title, detail, retryAfter));
    }
}
