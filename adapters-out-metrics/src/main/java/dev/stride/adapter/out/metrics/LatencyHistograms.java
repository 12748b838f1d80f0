package dev.stride.adapter.out.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.util.Set;

/**
 * Histogram buckets for the latencies operators graph and alert on: HTTP requests, cache and database calls and cache
 * loads. Fixed buckets from 1 ms to 10 s give honest p50/p95/p99 with {@code histogram_quantile} at a dozen series
 * per label set (Micrometer's own percentile histogram would add about seventy).
 */
public class LatencyHistograms implements MeterFilter {

    private static final Set<String> TIMERS = Set.of("http.server.requests", "cache.calls", "cache.loads", "db.calls");
    private static final double[] BUCKETS_SECONDS = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10};

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getType() != Meter.Type.TIMER || !TIMERS.contains(id.getName())) {
            return config;
        }
        double[] nanos = new double[BUCKETS_SECONDS.length];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = BUCKETS_SECONDS[i] * 1e9;
        }
        return DistributionStatisticConfig.builder()
                .serviceLevelObjectives(nanos)
                .build()
                .merge(config);
    }
}
