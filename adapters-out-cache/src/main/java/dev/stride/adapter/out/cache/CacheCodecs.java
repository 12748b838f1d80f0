package dev.stride.adapter.out.cache;

import dev.stride.domain.activity.Activity;
import dev.stride.domain.activity.ActivityDetails;
import dev.stride.domain.activity.ActivityId;
import dev.stride.domain.activity.ActivityType;
import dev.stride.domain.activity.Tags;
import dev.stride.domain.paging.Page;
import dev.stride.domain.stats.Bucket;
import dev.stride.domain.stats.Period;
import dev.stride.domain.stats.Statistics;
import dev.stride.domain.stats.StatsRange;
import dev.stride.domain.stats.Summary;
import dev.stride.domain.stats.Totals;
import dev.stride.domain.stats.WeekStart;
import dev.stride.domain.user.UserId;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * JSON for the cached types, written and read field by field with Vert.x's JSON tree (no data binding). An entry is
 * {@code {"v": dataVersion, "d": value}}.
 */
public final class CacheCodecs {

    public static final CacheCodec<Activity> ACTIVITY = codec(CacheCodecs::activity, CacheCodecs::activity);
    public static final CacheCodec<Page<Activity>> ACTIVITY_PAGE = codec(CacheCodecs::page, CacheCodecs::page);
    public static final CacheCodec<Statistics> STATISTICS = codec(CacheCodecs::statistics, CacheCodecs::statistics);
    public static final CacheCodec<Summary> SUMMARY = codec(CacheCodecs::summary, CacheCodecs::summary);

    private CacheCodecs() {
    }

    private static <V> CacheCodec<V> codec(Function<V, JsonObject> writer, Function<JsonObject, V> reader) {
        return new CacheCodec<>() {
            @Override
            public String encode(long version, V value) {
                return new JsonObject().put("v", version).put("d", writer.apply(value)).encode();
            }

            @Override
            public Decoded<V> decode(String text) {
                JsonObject entry = new JsonObject(text);
                Long version = entry.getLong("v");
                JsonObject data = entry.getJsonObject("d");
                if (version == null || data == null) {
                    throw new IllegalArgumentException("not a cache entry");
                }
                return new Decoded<>(version, reader.apply(data));
            }
        };
    }

    private static JsonObject activity(Activity activity) {
        ActivityDetails details = activity.details();
        return new JsonObject()
                .put("id", activity.id().toString())
                .put("owner", activity.ownerId().toString())
                .put("type", details.type().value())
                .put("minutes", details.durationMinutes())
                .put("km", details.distanceKm() == null ? null : details.distanceKm().toPlainString())
                .put("notes", details.notes())
                .put("date", details.activityDate().toString())
                .put("tags", new JsonArray(new ArrayList<>(details.tags().values())))
                .put("created", activity.createdAt().toString())
                .put("updated", activity.updatedAt().toString())
                .put("deleted", activity.deletedAt() == null ? null : activity.deletedAt().toString())
                .put("version", activity.version());
    }

    private static Activity activity(JsonObject json) {
        List<String> tags = new ArrayList<>();
        json.getJsonArray("tags").forEach(tag -> tags.add((String) tag));
        ActivityDetails details = new ActivityDetails(new ActivityType(json.getString("type")),
                json.getInteger("minutes"), decimalOrNull(json.getString("km")), json.getString("notes"),
                LocalDate.parse(json.getString("date")), new Tags(tags));
        return new Activity(new ActivityId(java.util.UUID.fromString(json.getString("id"))),
                new UserId(java.util.UUID.fromString(json.getString("owner"))), details,
                Instant.parse(json.getString("created")), Instant.parse(json.getString("updated")),
                json.getString("deleted") == null ? null : Instant.parse(json.getString("deleted")),
                json.getLong("version"));
    }

    private static JsonObject page(Page<Activity> page) {
        JsonArray items = new JsonArray();
        page.items().forEach(activity -> items.add(activity(activity)));
        return new JsonObject().put("items", items).put("page", page.page()).put("limit", page.limit())
                .put("total", page.total());
    }

    private static Page<Activity> page(JsonObject json) {
        List<Activity> items = new ArrayList<>();
        json.getJsonArray("items").forEach(item -> items.add(activity((JsonObject) item)));
        return new Page<>(items, json.getInteger("page"), json.getInteger("limit"), json.getLong("total"));
    }

    private static JsonObject statistics(Statistics statistics) {
        StatsRange range = statistics.range();
        JsonArray buckets = new JsonArray();
        for (Bucket bucket : statistics.buckets()) {
            JsonObject byType = new JsonObject();
            bucket.byType().forEach((type, totals) -> byType.put(type.value(), totals(totals)));
            buckets.add(new JsonObject().put("start", bucket.start().toString()).put("end", bucket.end().toString())
                    .put("totals", totals(bucket.totals())).put("byType", byType));
        }
        return new JsonObject().put("period", range.period().name()).put("weekStart", range.weekStart().name())
                .put("from", range.from().toString()).put("to", range.to().toString()).put("buckets", buckets)
                .put("totals", totals(statistics.totals()));
    }

    private static Statistics statistics(JsonObject json) {
        StatsRange range = new StatsRange(Period.valueOf(json.getString("period")),
                WeekStart.valueOf(json.getString("weekStart")), LocalDate.parse(json.getString("from")),
                LocalDate.parse(json.getString("to")));
        List<Bucket> buckets = new ArrayList<>();
        for (Object item : json.getJsonArray("buckets")) {
            JsonObject bucket = (JsonObject) item;
            Map<ActivityType, Totals> byType = new LinkedHashMap<>();
            bucket.getJsonObject("byType").forEach(entry ->
                    byType.put(new ActivityType(entry.getKey()), totals((JsonObject) entry.getValue())));
            buckets.add(new Bucket(LocalDate.parse(bucket.getString("start")), LocalDate.parse(bucket.getString("end")),
                    totals(bucket.getJsonObject("totals")), byType));
        }
        return new Statistics(range, buckets, totals(json.getJsonObject("totals")));
    }

    private static JsonObject summary(Summary summary) {
        return new JsonObject().put("last7Days", totals(summary.last7Days()))
                .put("last30Days", totals(summary.last30Days())).put("yearToDate", totals(summary.yearToDate()))
                .put("allTime", totals(summary.allTime()));
    }

    private static Summary summary(JsonObject json) {
        return new Summary(totals(json.getJsonObject("last7Days")), totals(json.getJsonObject("last30Days")),
                totals(json.getJsonObject("yearToDate")), totals(json.getJsonObject("allTime")));
    }

    private static JsonObject totals(Totals totals) {
        return new JsonObject().put("count", totals.count()).put("minutes", totals.durationMinutes())
                .put("km", totals.distanceKm().toPlainString());
    }

    private static Totals totals(JsonObject json) {
        return new Totals(json.getLong("count"), json.getLong("minutes"), new BigDecimal(json.getString("km")));
    }

    private static BigDecimal decimalOrNull(String raw) {
        return raw == null ? null : new BigDecimal(raw);
    }
}
