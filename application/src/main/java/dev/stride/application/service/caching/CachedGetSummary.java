package dev.stride.application.service.caching;

import dev.stride.application.port.in.GetSummaryUseCase;
import dev.stride.application.port.in.SummaryQuery;
import dev.stride.application.port.out.TimeSource;
import dev.stride.domain.stats.Summary;
import java.util.Optional;

/** The summary, cached per user and day (its windows end today): {@code stats:{owner}:v{version}:summary:{today}}. */
public class CachedGetSummary implements GetSummaryUseCase {

    private final GetSummaryUseCase source;
    private final ActivityCaches caches;
    private final TimeSource time;

    public CachedGetSummary(GetSummaryUseCase source, ActivityCaches caches, TimeSource time) {
        this.source = source;
        this.caches = caches;
        this.time = time;
    }

    @Override
    public Summary summary(SummaryQuery query) {
        return caches.read(caches.summaries, query.owner(), version -> String.join(":", "stats",
                        query.owner().toString(), "v" + version, "summary", time.todayUtc().toString()),
                cached -> true,
                () -> Optional.of(source.summary(query)), loaded -> true).orElseThrow();
    }
}
