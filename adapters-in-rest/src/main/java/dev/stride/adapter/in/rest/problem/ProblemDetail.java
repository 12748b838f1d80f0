package dev.stride.adapter.in.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem, with the request id and, for validation failures, the broken rule of each field. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemDetail(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldProblem> errors) {

    @RegisterForReflection
    @Schema(name = "FieldProblem")
    public record FieldProblem(String field, String message) {
    }
}
