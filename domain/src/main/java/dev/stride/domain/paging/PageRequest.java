package dev.stride.domain.paging;

import dev.stride.domain.validation.Violations;

/** A 1-based page of at most {@value #MAX_LIMIT} items. */
public record PageRequest(int page, int limit) {

    public static final int DEFAULT_PAGE = 1;
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** Deep pages would make the database skip millions of rows; nobody pages that far by hand. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        Violations violations = new Violations();
        if (page < 1 || page > MAX_PAGE) {
            violations.add("page", "must be between 1 and " + MAX_PAGE);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            violations.add("limit", "must be between 1 and " + MAX_LIMIT);
        }
        violations.throwIfAny();
    }

    public static PageRequest firstPage() {
        return new PageRequest(DEFAULT_PAGE, DEFAULT_LIMIT);
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
