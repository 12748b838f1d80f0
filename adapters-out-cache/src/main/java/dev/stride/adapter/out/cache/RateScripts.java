package dev.stride.adapter.out.cache;

/**
 * The rate counter's Lua script. Redis runs it atomically, so checking every quota of a request and counting the
 * hit in all of them is one indivisible step, in one round trip, however many replicas count at once. Each quota
 * is a sorted set {@code P rl:<policy>:<subject>} of hits scored by their time in milliseconds; every write sets the
 * key to expire when its newest hit leaves the window, so no counter outlives its use.
 *
 * <p>KEYS: one per quota. ARGV: now (ms), a nonce unique to this call, {@code admit} or {@code peek}, then each
 * quota's limit and window (ms). Answer: admitted (1/0), then per quota its count, oldest and newest hit (ms, 0 when
 * empty). The keys of one call may hash to different slots, which suits a single Redis (or a primary with
 * replicas), not Redis Cluster.
 */
final class RateScripts {

    static final String ADMIT = """
            local now = tonumber(ARGV[1])
            local admit = ARGV[3] == 'admit'
            local room = true
            for i = 1, #KEYS do
              local limit = tonumber(ARGV[2 + 2 * i])
              local window = tonumber(ARGV[3 + 2 * i])
              redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
              if redis.call('ZCARD', KEYS[i]) >= limit then
                room = false
              end
            end
            local admitted = admit and room
            if admitted then
              for i = 1, #KEYS do
                redis.call('ZADD', KEYS[i], now, ARGV[1] .. ':' .. ARGV[2])
                redis.call('PEXPIRE', KEYS[i], ARGV[3 + 2 * i])
              end
            end
            local answer = { admitted and 1 or 0 }
            for i = 1, #KEYS do
              local count = redis.call('ZCARD', KEYS[i])
              local oldest, newest = '0', '0'
              if count > 0 then
                oldest = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')[2]
                newest = redis.call('ZRANGE', KEYS[i], -1, -1, 'WITHSCORES')[2]
              end
              table.insert(answer, count)
              table.insert(answer, oldest)
              table.insert(answer, newest)
            end
            return answer
            """;

    private RateScripts() {
    }
}
