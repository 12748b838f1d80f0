package dev.stride.adapter.in.rest;

import dev.stride.adapter.in.rest.dto.StatisticsResponse;
import dev.stride.adapter.in.rest.dto.SummaryResponse;
import dev.stride.adapter.in.rest.http.AtHandOrBlocking;
import dev.stride.adapter.in.rest.http.CurrentCaller;
import dev.stride.application.port.in.GetStatisticsUseCase;
import dev.stride.application.port.in.GetSummaryUseCase;
import dev.stride.application.port.in.StatisticsQuery;
import dev.stride.application.port.in.SummaryQuery;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's statistics. Computed afresh on every request, so a write that has returned always shows. */
@Path(StatsResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Totals of the caller's live activities, per calendar bucket and at a glance")
@SecurityRequirement(name = StrideApi.BEARER)
@APIResponse(responseCode = "401", ref = StrideApi.UNAUTHORIZED)
public class StatsResource {

    static final String PATH = StrideApi.BASE_PATH + "/stats";

    private static final String STATISTICS = """
            Count, minutes and kilometres of the caller's live activities per calendar bucket. Soft-deleted \
            activities never count; dates are activity dates, in UTC.

            **Buckets.** `day`: one date. `week`: seven days starting on `weekStart` (Monday unless `sunday` is \
            asked for). `month`: a calendar month. A bucket's `start` is its first day and its `end` its last \
            day, inclusive.

            **Alignment.** The range is widened to whole buckets: the first bucket is the one that holds `from`, \
            the last the one that holds `to`. The response's `from` and `to` give the effective range, i.e. the \
            first bucket's `start` and the last bucket's `end`, so they can lie before the requested `from` and \
            after the requested `to`. Every bucket in it is listed, in calendar order, empty ones with zeros.

            **Defaults.** Neither date: the last 30 days, 12 weeks or 12 months, ending with the bucket that \
            holds today; the current week or month is whole, so it includes its days after today. Only `to`: \
            the same number of buckets, ending with the one that holds `to`. Only `from`: from its bucket to \
            the one that holds today (or only its own bucket, if `from` is later than today).

            **Limits.** At most 366 day buckets or 260 week or month buckets. A longer range, `from` after \
            `to`, an unknown `period` or `weekStart`, a date that is not `YYYY-MM-DD` between 0001-01-01 and \
            9999-12-31, or a malformed `type` or `tag` is 400 with every broken rule listed under `errors`.

            An empty parameter (`period=`) counts as absent. `byType` holds the activity types that occur in a \
            bucket, by name. Distances are plain numbers \
            with at most 3 decimals; an activity without a distance adds 0.""";

    private static final String SUMMARY = """
            Totals of the caller's live activities over four windows ending today (UTC): `last7Days` is today \
            and the 6 days before, `last30Days` today and the 29 days before, `yearToDate` January 1st through \
            today, `allTime` every live activity, including any dated tomorrow. Soft-deleted activities never \
            count.""";

    @Inject
    CurrentCaller caller;
    @Inject
    GetStatisticsUseCase getStatistics;
    @Inject
    GetSummaryUseCase getSummary;

    @GET
    @Operation(operationId = "getStatistics", summary = "Totals per day, week or month", description = STATISTICS)
    @APIResponse(responseCode = "200", description = "Every bucket of the effective range",
            content = @Content(schema = @Schema(implementation = StatisticsResponse.class)))
    @APIResponse(responseCode = "400", ref = StrideApi.BAD_REQUEST)
    public CompletionStage<StatisticsResponse> statistics(
            @Parameter(description = "The size of a bucket",
                    schema = @Schema(enumeration = {"day", "week", "month"}, defaultValue = "day"))
            @QueryParam("period") String period,
            @Parameter(description = "A day in the first bucket (see Alignment and Defaults)",
                    schema = @Schema(format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "A day in the last bucket (see Alignment and Defaults)",
                    schema = @Schema(format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "The first day of a week; shapes week buckets only",
                    schema = @Schema(enumeration = {"monday", "sunday"}, defaultValue = "monday"))
            @QueryParam("weekStart") String weekStart,
            @Parameter(description = "Only this activity type") @QueryParam("type") String type,
            @Parameter(description = "Only activities with this tag (any case)") @QueryParam("tag") String tag) {
        StatisticsQuery query = StatisticsQuery.of(caller.id(), period, weekStart, from, to, type, tag);
        return AtHandOrBlocking.answer(getStatistics.atHand(query), () -> getStatistics.statistics(query),
                StatisticsResponse::from);
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getSummary", summary = "Totals over the last 7 and 30 days, the year to date and all time", description = SUMMARY)
    @APIResponse(responseCode = "200", description = "The four windows",
            content = @Content(schema = @Schema(implementation = SummaryResponse.class)))
    public SummaryResponse summary() {
        return SummaryResponse.from(getSummary.summary(new SummaryQuery(caller.id())));
    }
}
