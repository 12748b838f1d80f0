package dev.stride.adapter.in.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Every API operation has a deadline and needs the database (at least to check the caller's account), so every one
 * may answer 504 and 503: the document says so everywhere rather than on each resource.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 20)
public class FailureOpenApi implements OASFilter {

    /** In status order: the document must come out the same at every build (Map.of's order changes per run). */
    private static final Map<String, String> ANSWERS = answers();

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("503", StrideApi.UNAVAILABLE);
        answers.put("504", StrideApi.DEADLINE_EXCEEDED);
        return answers;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (Operation operation : ApiOperations.of(openAPI)) {
            ANSWERS.forEach((status, component) -> {
                if (operation.getResponses().getAPIResponse(status) == null) {
                    operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
                }
            });
        }
    }
}
