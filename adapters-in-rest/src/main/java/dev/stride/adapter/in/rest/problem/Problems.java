package dev.stride.adapter.in.rest.problem;

import dev.stride.adapter.in.rest.http.ProblemTypes;
import dev.stride.adapter.in.rest.http.RequestIds;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses for the request being served. */
@ApplicationScoped
public class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Inject
    RoutingContext routingContext;

    public Response respond(int status, String typeSlug, String title, String detail) {
        return respond(status, typeSlug, title, detail, null);
    }

    public Response respond(int status, String typeSlug, String title, String detail,
            List<ProblemDetail.FieldProblem> errors) {
        return builder(status, typeSlug, title, detail, errors).build();
    }

    /** For answers that need headers of their own. */
    public Response.ResponseBuilder builder(int status, String typeSlug, String title, String detail,
            List<ProblemDetail.FieldProblem> errors) {
        ProblemDetail problem = new ProblemDetail(ProblemTypes.uri(typeSlug), title, status, detail,
                routingContext.request().path(), routingContext.get(RequestIds.KEY), errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem);
    }
}
