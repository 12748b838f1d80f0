package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.activity.Distances;
import dev.stride.domain.stats.Totals;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "TypeTotals", description = "The totals of one activity type within a bucket")
public record TypeTotalsResponse(
        long count,
        long durationMinutes,
        @Schema(description = "Kilometres, at most 3 decimals", example = "10.5") BigDecimal distanceKm) {

    public static TypeTotalsResponse from(Totals totals) {
        return new TypeTotalsResponse(totals.count(), totals.durationMinutes(),
                Distances.plain(totals.distanceKm()));
    }
}
