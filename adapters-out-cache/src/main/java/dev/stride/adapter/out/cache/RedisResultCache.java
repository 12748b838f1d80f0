package dev.stride.adapter.out.cache;

import dev.stride.application.port.out.CacheUnavailableException;
import dev.stride.application.port.out.ResultCache;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;

/**
 * A result cache in Redis, shared by every replica: one string key per entry ({@code prefix + "cache:" + key}),
 * written with {@code SET ... PX ttl}, so Redis itself expires it. An entry that cannot be decoded (another
 * version's format, a damaged value) is answered as a miss, and reported to {@code unreadable} (for a metric); the
 * caller's next put overwrites it.
 */
public class RedisResultCache<V> implements ResultCache<V> {

    private static final System.Logger LOG = System.getLogger(RedisResultCache.class.getName());

    private final RedisGateway redis;
    private final CacheCodec<V> codec;
    private final Runnable unreadable;

    public RedisResultCache(RedisGateway redis, CacheCodec<V> codec, Runnable unreadable) {
        this.redis = redis;
        this.codec = codec;
        this.unreadable = unreadable;
    }

    @Override
    public Optional<Versioned<V>> get(String key) {
        Response answer = call(Request.cmd(Command.GET).arg(redisKey(key)));
        if (answer == null) {
            return Optional.empty();
        }
        try {
            CacheCodec.Decoded<V> decoded = codec.decode(answer.toString());
            return Optional.of(new Versioned<>(decoded.version(), decoded.value()));
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "unreadable cache entry " + key + " is treated as a miss: " + failure);
            unreadable.run();
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Versioned<V> entry, Duration ttl) {
        call(Request.cmd(Command.SET).arg(redisKey(key)).arg(codec.encode(entry.version(), entry.value()))
                .arg("PX").arg(Math.max(1, ttl.toMillis())));
    }

    @Override
    public void remove(String key) {
        call(Request.cmd(Command.DEL).arg(redisKey(key)));
    }

    String redisKey(String key) {
        return redis.keyPrefix() + "cache:" + key;
    }

    private Response call(Request request) {
        try {
            return redis.send(request);
        } catch (RedisUnavailableException e) {
            throw new CacheUnavailableException(e.getCause());
        }
    }
}
