package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.stats.Bucket;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "StatisticsBucket", description = "One calendar day, week or month; empty buckets have zeros")
public record BucketResponse(
        @Schema(description = "The bucket's first day") LocalDate start,
        @Schema(description = "The bucket's last day, inclusive (equal to start for a day)") LocalDate end,
        long count,
        long totalDurationMinutes,
        @Schema(description = "Kilometres, at most 3 decimals", example = "15.375") BigDecimal totalDistanceKm,
        @Schema(description = "Per activity type that occurs in the bucket, by type name; empty when none")
        Map<String, TypeTotalsResponse> byType) {

    public static BucketResponse from(Bucket bucket) {
        Map<String, TypeTotalsResponse> byType = new LinkedHashMap<>();
        bucket.byType().forEach((type, totals) -> byType.put(type.value(), TypeTotalsResponse.from(totals)));
        TotalsResponse totals = TotalsResponse.from(bucket.totals());
        return new BucketResponse(bucket.start(), bucket.end(), totals.count(), totals.totalDurationMinutes(),
                totals.totalDistanceKm(), byType);
    }
}
