package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.activity.Distances;
import dev.stride.domain.stats.Totals;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "Totals", description = "Live activities counted, their minutes and their kilometres")
public record TotalsResponse(
        long count,
        long totalDurationMinutes,
        @Schema(description = "Kilometres, at most 3 decimals; activities without a distance add 0",
                example = "42.195") BigDecimal totalDistanceKm) {

    public static TotalsResponse from(Totals totals) {
        return new TotalsResponse(totals.count(), totals.durationMinutes(), Distances.plain(totals.distanceKm()));
    }
}
