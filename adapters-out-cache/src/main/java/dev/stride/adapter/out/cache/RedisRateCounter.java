package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.RateCounter;
import dev.stride.application.port.out.RateCounterUnavailableException;
import dev.stride.domain.ratelimit.Quota;
import dev.stride.domain.ratelimit.WindowUsage;
import io.vertx.mutiny.redis.client.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Rate counters in Redis, shared by every replica: one script call per request, whatever the number of quotas. */
public class RedisRateCounter implements RateCounter {

    private final RedisGateway redis;

    public RedisRateCounter(RedisGateway redis) {
        this.redis = redis;
    }

    @Override
    public Admission admit(List<Quota> quotas, Instant now) {
        return run("admit", quotas, now);
    }

    @Override
    public List<WindowUsage> usage(List<Quota> quotas, Instant now) {
        return run("peek", quotas, now).usages();
    }

    private Admission run(String mode, List<Quota> quotas, Instant now) {
        if (quotas.isEmpty()) {
            return new Admission(true, List.of());
        }
        List<String> keys = new ArrayList<>(quotas.size());
        List<String> args = new ArrayList<>(3 + 2 * quotas.size());
        args.add(Long.toString(now.toEpochMilli()));
        args.add(UUID.randomUUID().toString());
        args.add(mode);
        for (Quota quota : quotas) {
            keys.add(redis.keyPrefix() + "rl:" + quota.key());
            args.add(Integer.toString(quota.limit()));
            args.add(Long.toString(quota.window().toMillis()));
        }
        Response answer;
        try {
            answer = redis.eval(RateScripts.ADMIT, keys, args);
        } catch (RedisUnavailableException e) {
            throw new RateCounterUnavailableException(e);
        }
        List<WindowUsage> usages = new ArrayList<>(quotas.size());
        for (int i = 0; i < quotas.size(); i++) {
            int count = answer.get(1 + 3 * i).toInteger();
            usages.add(count == 0 ? WindowUsage.EMPTY
                    : new WindowUsage(count, millis(answer.get(2 + 3 * i)), millis(answer.get(3 + 3 * i))));
        }
        return new Admission(answer.get(0).toInteger() == 1, usages);
    }

    private static Instant millis(Response score) {
        // Scores come back as decimal strings; whole milliseconds were written.
        return Instant.ofEpochMilli((long) Double.parseDouble(score.toString()));
    }
}
