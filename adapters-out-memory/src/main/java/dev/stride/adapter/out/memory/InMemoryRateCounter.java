package dev.stride.adapter.out.memory;

import dev.stride.application.port.out.RateCounter;
import dev.stride.domain.ratelimit.Gcra;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.QuotaState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Rate counters in this process: the embedded default, and every replica's stand-in while Redis is unreachable.
 * Each counter is one theoretical arrival time ({@link Gcra}). One lock keeps a multi-quota admission atomic; the
 * work under it is a map lookup and some arithmetic per quota, so the answer is given at once, on the caller's
 * thread. {@link #removeExpired} (run on a schedule) drops the counters that have refilled, so idle callers cost
 * no memory. At most {@code maxCounters} are kept: beyond, the least recently used one is forgotten (its caller may
 * then get a few requests more), so a flood of new addresses while Redis is down cannot exhaust the heap.
 */
public class InMemoryRateCounter implements RateCounter {

    public static final int DEFAULT_MAX_COUNTERS = 100_000;

    private final Map<String, Long> arrivals;

    public InMemoryRateCounter() {
        this(DEFAULT_MAX_COUNTERS);
    }

    public InMemoryRateCounter(int maxCounters) {
        if (maxCounters < 1) {
            throw new IllegalArgumentException("maxCounters must be positive");
        }
        this.arrivals = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maxCounters;
            }
        };
    }

    @Override
    public CompletionStage<Admission> admit(List<Quota> quotas, Instant now) {
        return CompletableFuture.completedFuture(admitNow(quotas, Gcra.micros(now)));
    }

    @Override
    public CompletionStage<List<QuotaState>> states(List<Quota> quotas, Instant now) {
        return CompletableFuture.completedFuture(statesNow(quotas, Gcra.micros(now)));
    }

    private synchronized Admission admitNow(List<Quota> quotas, long now) {
        long[] next = new long[quotas.size()];
        boolean conforms = true;
        for (int i = 0; i < quotas.size() && conforms; i++) {
            OptionalLong tat = Gcra.admit(quotas.get(i), arrivalOf(quotas.get(i)), now);
            conforms = tat.isPresent();
            next[i] = tat.orElse(0);
        }
        if (conforms) {
            for (int i = 0; i < quotas.size(); i++) {
                arrivals.put(quotas.get(i).key(), next[i]);
            }
        }
        return new Admission(conforms, statesNow(quotas, now));
    }

    private synchronized List<QuotaState> statesNow(List<Quota> quotas, long now) {
        List<QuotaState> states = new ArrayList<>(quotas.size());
        for (Quota quota : quotas) {
            states.add(Gcra.state(quota, arrivalOf(quota), now));
        }
        return states;
    }

    private long arrivalOf(Quota quota) {
        Long tat = arrivals.get(quota.key());
        return tat == null ? 0 : tat;
    }

    /** Drops the counters that are whole again at {@code now}; answers how many. */
    public synchronized int removeExpired(Instant now) {
        long micros = Gcra.micros(now);
        int before = arrivals.size();
        arrivals.values().removeIf(tat -> tat <= micros);
        return before - arrivals.size();
    }

    synchronized int counters() {
        return arrivals.size();
    }
}
