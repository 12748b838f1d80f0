package dev.stride.adapter.in.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/** The operations of the API (below {@link StrideApi#BASE_PATH}), for document filters that apply to all of them. */
final class ApiOperations {

    private ApiOperations() {
    }

    static List<Operation> of(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return List.of();
        }
        return openAPI.getPaths().getPathItems().entrySet().stream()
                .filter(path -> path.getKey().startsWith(StrideApi.BASE_PATH + "/"))
                .map(Map.Entry::getValue)
                .map(PathItem::getOperations)
                .flatMap(operations -> operations.values().stream())
                .toList();
    }
}
