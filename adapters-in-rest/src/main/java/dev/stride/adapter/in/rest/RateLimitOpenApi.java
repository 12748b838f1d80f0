package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.ratelimit.RateLimitHeaders;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Rate limits apply to every API operation, so the document says so everywhere rather than on each resource: every
 * operation may answer 429, and every response (errors included) carries the rate limit fields.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 10)
public class RateLimitOpenApi implements OASFilter {

    private static final Map<String, String> HEADERS = headers();

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RateLimitHeaders.LIMIT, "The limit of the tightest rate limit policy this request counted"
                + " against (the one with least remaining)");
        headers.put(RateLimitHeaders.REMAINING, "Requests left under that policy");
        headers.put(RateLimitHeaders.RESET, "Seconds until that policy's whole limit is available again");
        headers.put(RateLimitHeaders.POLICY, "Every policy this request counted against, as"
                + " draft-ietf-httpapi-ratelimit-headers items: \"name\";q=limit;w=window seconds");
        headers.put(RateLimitHeaders.RATE_LIMIT, "Where the caller stands against each of them:"
                + " \"name\";r=remaining;t=seconds until reset");
        return headers;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        HEADERS.forEach((name, description) -> openAPI.getComponents().addHeader(name, OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(name.startsWith("X-")
                        ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING))));
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(RateLimitOpenApi::addHeaders);
        }
        for (Operation operation : ApiOperations.of(openAPI)) {
            if (operation.getResponses().getAPIResponse("429") == null) {
                operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                        .ref(StrideApi.TOO_MANY_REQUESTS));
            }
            operation.getResponses().getAPIResponses().values().forEach(RateLimitOpenApi::addHeaders);
        }
    }

    private static void addHeaders(APIResponse response) {
        if (response.getRef() != null) {
            return;
        }
        HEADERS.keySet().forEach(name -> {
            Header reference = OASFactory.createHeader().ref(name);
            response.addHeader(name, reference);
        });
    }
}
