package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.Distances;
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

    public static ActivityResponse from(Activity activity) {
        ActivityDetails details = activity.details();
        return new ActivityResponse(activity.id().toString(), details.type().value(), details.durationMinutes(),
                Distances.plain(details.distanceKm()), details.notes(), details.activityDate(), details.tags().values(),
                activity.createdAt(), activity.updatedAt(), activity.deletedAt());
    }
}
