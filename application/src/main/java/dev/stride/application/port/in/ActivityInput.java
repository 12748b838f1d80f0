package dev.stride.application.port.in;

import dev.stride.domain.activity.ActivityDetails;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** The editable fields of an activity as a client sent them, before the model's rules are applied. */
public record ActivityInput(
        String activityType,
        Integer durationMinutes,
        BigDecimal distanceKm,
        String notes,
        String activityDate,
        List<String> tags) {

    /** Applies every rule of the model; the date rule needs today's date. */
    public ActivityDetails toDetails(LocalDate todayUtc) {
        return ActivityDetails.from(activityType, durationMinutes, distanceKm, notes, activityDate, tags, todayUtc);
    }

    /**
     * A digest of the fields as sent (SHA-256, hex), equal for two inputs exactly when they ask for the same
     * activity: spacing and field order in the JSON do not matter, {@code 5} and {@code 5.0} km are one distance.
     * Each value is written with its length, so no two different inputs can run together into one text.
     */
    public String fingerprint() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, activityType);
        field(canonical, durationMinutes == null ? null : durationMinutes.toString());
        field(canonical, distanceKm == null ? null : distanceKm.stripTrailingZeros().toPlainString());
        field(canonical, notes);
        field(canonical, activityDate);
        if (tags == null) {
            field(canonical, null);
        } else {
            canonical.append('[').append(tags.size());
            tags.forEach(tag -> field(canonical, tag));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
    }
}
