package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "Activity")
public record ActivityResponse(
        String id,
        String activityType,
        int durationMinutes,
        @Schema(nullable = true) BigDecimal distanceKm,
        @Schema(nullable = true) String notes,
        LocalDate activityDate,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        @Schema(nullable = true, description = "Null except in the trash listing") Instant deletedAt) {

    /** 5.200 is shown as 5.2; the model keeps three decimals for storage and comparison. */
    private static BigDecimal plain(BigDecimal distance) {
        if (distance == null) {
            return null;
        }
        BigDecimal stripped = distance.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static ActivityResponse from(Activity activity) {
        ActivityDetails details = activity.details();
        return new ActivityResponse(activity.id().toString(), details.type().value(), details.durationMinutes(),
                plain(details.distanceKm()), details.notes(), details.activityDate(), details.tags().values(),
                activity.createdAt(), activity.updatedAt(), activity.deletedAt());
    }
}
