package dev.stride.domain.activity;

import dev.stride.domain.validation.FieldError;
import dev.stride.domain.validation.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** At most ten labels, lower-cased, duplicates collapsed, kept in the order first given. */
public record Tags(List<String> values) {

    public static final int MAX_TAGS = 10;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{1,32}");

    public Tags {
        values = List.copyOf(values);
    }

    public static Tags none() {
        return new Tags(List.of());
    }

    /**
     * Normalises what a client sent; a null list means no tags. The count is checked before the elements, and at
     * most {@link #MAX_TAGS} elements are reported wrong (then how many more are), so a huge list costs one short
     * answer, not one error per element.
     */
    public static Tags of(Collection<String> raw) {
        if (raw == null) {
            return none();
        }
        List<String> lowered = new ArrayList<>(raw.size());
        for (String tag : raw) {
            lowered.add(tag == null ? null : tag.toLowerCase(Locale.ROOT));
        }
        Set<String> normalised = new LinkedHashSet<>(lowered);
        if (normalised.size() > MAX_TAGS) {
            throw ValidationException.of("tags", "must hold at most " + MAX_TAGS + " distinct tags");
        }
        List<FieldError> problems = new ArrayList<>();
        int unreported = 0;
        int index = 0;
        for (String lower : lowered) {
            if (lower == null || !SHAPE.matcher(lower).matches()) {
                if (problems.size() < MAX_TAGS) {
                    problems.add(new FieldError("tags[" + index + "]", "must match [a-z0-9-]{1,32}"));
                } else {
                    unreported++;
                }
            }
            index++;
        }
        if (unreported > 0) {
            problems.add(new FieldError("tags", unreported + " more entries must match [a-z0-9-]{1,32}"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new Tags(new ArrayList<>(normalised));
    }

    /** A single tag used as a filter follows the same rules as a stored one. */
    public static String normaliseOne(String raw, String field) {
        String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(lower).matches()) {
            throw ValidationException.of(field, "must match [a-z0-9-]{1,32}");
        }
        return lower;
    }
}
