package dev.stride.adapter.in.rest.dto;

import dev.stride.application.port.in.ActivityInput;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The editable fields of an activity. The date is read as text so that a bad date is a field error too. */
@RegisterForReflection
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @Schema(required = true, pattern = "^[a-z_]{1,32}$", examples = "running") String activityType,
        @Schema(required = true, minimum = "1", maximum = "1440") Integer durationMinutes,
        @Schema(nullable = true, minimum = "0", maximum = "1000", description = "At most 3 decimals")
        BigDecimal distanceKm,
        @Schema(nullable = true, maxLength = 2000) String notes,
        @Schema(required = true, format = "date", description = "Not later than tomorrow (UTC)")
        String activityDate,
        @Schema(nullable = true, maxItems = 10,
                description = "Each [a-z0-9-]{1,32} after lower-casing; duplicates collapse")
        List<String> tags) {

    public ActivityInput toInput() {
        return new ActivityInput(activityType, durationMinutes, distanceKm, notes, activityDate, tags);
    }
}
