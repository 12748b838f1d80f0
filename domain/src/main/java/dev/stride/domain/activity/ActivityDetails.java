package dev.stride.domain.activity;

import dev.stride.domain.validation.Dates;
import dev.stride.domain.validation.ValidationException;
import dev.stride.domain.validation.Violations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The fields of an activity that its owner writes; every rule of the model is checked here. */
public record ActivityDetails(
        ActivityType type,
        int durationMinutes,
        BigDecimal distanceKm,
        String notes,
        LocalDate activityDate,
        Tags tags) {

    public static final int MAX_DURATION_MINUTES = 1440;
    public static final BigDecimal MAX_DISTANCE_KM = new BigDecimal("1000");
    public static final int MAX_DISTANCE_DECIMALS = 3;
    public static final int MAX_NOTES_LENGTH = 2000;

    public ActivityDetails {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(activityDate, "activityDate");
        Objects.requireNonNull(tags, "tags");
    }

    /**
     * Checks raw client input against every rule at once and builds the details.
     *
     * @param todayUtc today's date in UTC: an activity may be dated at most one day ahead (time zones)
     * @throws ValidationException listing every broken rule
     */
    public static ActivityDetails from(String activityType, Integer durationMinutes, BigDecimal distanceKm,
            String notes, String activityDate, List<String> tags, LocalDate todayUtc) {
        Violations violations = new Violations();
        ActivityType type = violations.collect(() -> ActivityType.parse(activityType, "activityType"));
        checkDuration(durationMinutes, violations);
        BigDecimal distance = violations.collect(() -> checkDistance(distanceKm));
        checkNotes(notes, violations);
        LocalDate date = violations.collect(() -> checkDate(activityDate, todayUtc));
        Tags normalisedTags = violations.collect(() -> Tags.of(tags));
        violations.throwIfAny();
        return new ActivityDetails(type, durationMinutes, distance, notes, date, normalisedTags);
    }

    private static void checkDuration(Integer durationMinutes, Violations violations) {
        if (durationMinutes == null) {
            violations.add("durationMinutes", "must not be null");
        } else if (durationMinutes < 1 || durationMinutes > MAX_DURATION_MINUTES) {
            violations.add("durationMinutes", "must be between 1 and " + MAX_DURATION_MINUTES);
        }
    }

    private static BigDecimal checkDistance(BigDecimal distanceKm) {
        if (distanceKm == null) {
            return null;
        }
        if (distanceKm.signum() < 0 || distanceKm.compareTo(MAX_DISTANCE_KM) > 0) {
            throw ValidationException.of("distanceKm", "must be between 0 and 1000");
        }
        BigDecimal stripped = distanceKm.stripTrailingZeros();
        if (stripped.scale() > MAX_DISTANCE_DECIMALS) {
            throw ValidationException.of("distanceKm", "must have at most 3 decimals");
        }
        // One canonical scale, so equal distances compare, store and print the same everywhere.
        return distanceKm.setScale(MAX_DISTANCE_DECIMALS);
    }

    private static void checkNotes(String notes, Violations violations) {
        if (notes != null && notes.codePointCount(0, notes.length()) > MAX_NOTES_LENGTH) {
            violations.add("notes", "must be at most " + MAX_NOTES_LENGTH + " characters");
        }
    }

    private static LocalDate checkDate(String raw, LocalDate todayUtc) {
        if (raw == null) {
            throw ValidationException.of("activityDate", "must not be null");
        }
        LocalDate date = Dates.parse(raw, "activityDate");
        if (date.isAfter(todayUtc.plusDays(1))) {
            throw ValidationException.of("activityDate", "must not be later than tomorrow (UTC)");
        }
        return date;
    }
}
