package dev.stride.domain.user;

import dev.stride.domain.validation.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** An email address as Stride keys accounts by it: {@link #canonical(String) canonical}, at most 254 characters. */
public record Email(String value) {

    public static final int MAX_LENGTH = 254;
    // Deliberately simple: one @, a non-empty local part, a dotted domain, no spaces. Deliverability is not our job.
    private static final Pattern SHAPE =
            Pattern.compile("^[^\\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    public Email {
        if (value == null || value.isBlank()) {
            throw ValidationException.of("email", "must not be blank");
        }
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("use Email.of for raw input");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of("email", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw ValidationException.of("email", "must be a valid email address");
        }
    }

    /** Normalises what a client typed, then checks it. */
    public static Email of(String raw) {
        if (raw == null || canonical(raw).isEmpty()) {
            throw ValidationException.of("email", "must not be blank");
        }
        return new Email(normalise(raw));
    }

    /**
     * The one spelling of what a client typed, for every use that keys by email (the account, the login's rate
     * limit): compatibility-normalised (NFKC: full-width letters become ASCII ones), without the blanks, invisible
     * format characters and no-break spaces around it, lower-cased. Without one spelling, {@code a@b.c} followed by
     * U+00A0 would be one account but a second rate-limit counter.
     */
    public static String canonical(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int start = 0;
        int end = text.length();
        while (start < end && isPadding(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isPadding(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isPadding(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT || Character.isISOControl(codePoint);
    }

    private static String normalise(String raw) {
        return canonical(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
