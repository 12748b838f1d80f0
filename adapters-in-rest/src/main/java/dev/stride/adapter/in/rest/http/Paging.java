package dev.stride.adapter.in.rest.http;

import dev.stride.domain.paging.PageRequest;
import dev.stride.domain.validation.Violations;

/**
 * Reads {@code page} and {@code limit} as text: JAX-RS would answer 404 to a non-numeric query parameter, and
 * API.md wants 400 with the field named.
 */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(String page, String limit) {
        Violations violations = new Violations();
        Integer pageNumber = parse(page, PageRequest.DEFAULT_PAGE, "page", violations);
        Integer pageSize = parse(limit, PageRequest.DEFAULT_LIMIT, "limit", violations);
        violations.throwIfAny();
        return new PageRequest(pageNumber, pageSize);
    }

    private static Integer parse(String raw, int defaultValue, String field, Violations violations) {
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            violations.add(field, "must be an integer");
            return null;
        }
    }
}
