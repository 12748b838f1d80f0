package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.stats.Statistics;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "Statistics")
public record StatisticsResponse(
        @Schema(enumeration = {"day", "week", "month"}) String period,
        @Schema(description = "The effective start: the first day of the bucket that holds the requested from")
        LocalDate from,
        @Schema(description = "The effective end, inclusive: the last day of the bucket that holds the requested to")
        LocalDate to,
        @Schema(enumeration = {"monday", "sunday"}, description = "The first day of a week; shapes week buckets only")
        String weekStart,
        @Schema(description = "Every bucket from `from` to `to`, in calendar order") List<BucketResponse> buckets,
        @Schema(description = "The sum of all buckets") TotalsResponse totals) {

    public static StatisticsResponse from(Statistics statistics) {
        return new StatisticsResponse(statistics.range().period().wireName(), statistics.range().from(),
                statistics.range().to(), statistics.range().weekStart().wireName(),
                statistics.buckets().stream().map(BucketResponse::from).toList(),
                TotalsResponse.from(statistics.totals()));
    }
}
