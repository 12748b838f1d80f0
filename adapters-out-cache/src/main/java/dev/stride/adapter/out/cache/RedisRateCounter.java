package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateCounterUnavailableException;
import dev.stride.domain.ratelimit.Gcra;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.QuotaState;
import io.vertx.redis.client.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Rate counters in Redis, shared by every replica: one script call per request, whatever the number of quotas,
 * made without blocking the caller (the request's event loop).
 */
public class RedisRateCounter implements RateCounter {

    private final RedisGateway redis;

    public RedisRateCounter(RedisGateway redis) {
        this.redis = redis;
    }

    @Override
    public CompletionStage<Admission> admit(List<Quota> quotas, Instant now) {
        return run("admit", quotas, now);
    }

    @Override
    public CompletionStage<List<QuotaState>> states(List<Quota> quotas, Instant now) {
        return run("peek", quotas, now).thenApply(Admission::states);
    }

    private CompletionStage<Admission> run(String mode, List<Quota> quotas, Instant now) {
        if (quotas.isEmpty()) {
            return CompletableFuture.completedFuture(new Admission(true, List.of()));
        }
        long micros = Gcra.micros(now);
        List<String> keys = new ArrayList<>(quotas.size());
        List<String> args = new ArrayList<>(2 + 2 * quotas.size());
        args.add(Long.toString(micros));
        args.add(mode);
        for (Quota quota : quotas) {
            // Not the sliding window log's "rl:" keys (sorted sets): replicas of both kinds may run during an upgrade.
            keys.add(redis.keyPrefix() + "gcra:" + quota.key());
            args.add(Long.toString(quota.intervalMicros()));
            args.add(Long.toString(quota.toleranceMicros()));
        }
        return redis.evalAsync(RateScripts.ADMIT, keys, args).handle((answer, failure) -> {
            if (failure != null) {
                throw new RateCounterUnavailableException(failure);
            }
            return admission(answer, quotas, micros);
        });
    }

    private static Admission admission(Response answer, List<Quota> quotas, long now) {
        List<QuotaState> states = new ArrayList<>(quotas.size());
        for (int i = 0; i < quotas.size(); i++) {
            states.add(Gcra.state(quotas.get(i), answer.get(1 + i).toLong(), now));
        }
        return new Admission(answer.get(0).toInteger() == 1, states);
    }
}
