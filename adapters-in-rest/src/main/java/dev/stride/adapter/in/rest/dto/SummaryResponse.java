package dev.stride.adapter.in.rest.dto;

import dev.stride.domain.stats.Summary;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(name = "Summary")
public record SummaryResponse(
        @Schema(description = "Today (UTC) and the 6 days before") TotalsResponse last7Days,
        @Schema(description = "Today (UTC) and the 29 days before") TotalsResponse last30Days,
        @Schema(description = "January 1st of this year (UTC) through today") TotalsResponse yearToDate,
        @Schema(description = "Every live activity, including any dated tomorrow") TotalsResponse allTime) {

    public static SummaryResponse from(Summary summary) {
        return new SummaryResponse(TotalsResponse.from(summary.last7Days()), TotalsResponse.from(summary.last30Days()),
                TotalsResponse.from(summary.yearToDate()), TotalsResponse.from(summary.allTime()));
    }
}
