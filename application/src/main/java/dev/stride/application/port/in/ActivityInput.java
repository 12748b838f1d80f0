package dev.stride.application.port.in;

import dev.stride.domain.activity.ActivityDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
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
}
