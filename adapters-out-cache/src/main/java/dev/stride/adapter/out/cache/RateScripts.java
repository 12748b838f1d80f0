package dev.stride.adapter.out.cache;

/**
 * The rate counter's Lua script: GCRA ({@code dev.stride.domain.ratelimit.Gcra}) for every quota of a request at
 * once. Redis runs it atomically, so checking every quota and counting the hit in all of them is one indivisible
 * step, in one round trip, however many replicas count at once. Each quota is one string key
 * {@code P gcra:<policy>:<subject>} holding its theoretical arrival time in microseconds; a write sets the key to
 * expire when that time has come (the quota is whole again), so no counter outlives its use. A refused or peeking
 * call writes nothing.
 *
 * <p>KEYS: one per quota. ARGV: now (microseconds), {@code admit} or {@code peek}, then each quota's interval and
 * tolerance (microseconds). Answer: admitted (1/0), then each quota's arrival time after the call (0 when it has
 * none). Numbers stay below 2^53, which Lua's doubles hold exactly. The keys of one call may hash to different
 * slots, which suits a single Redis (or a primary with replicas), not Redis Cluster.
 */
final class RateScripts {

    static final String ADMIT = """
            local now = tonumber(ARGV[1])
            local admit = ARGV[2] == 'admit'
            local arrivals = {}
            local conforms = true
            for i = 1, #KEYS do
              local stored = redis.call('GET', KEYS[i])
              local tat = stored and tonumber(stored) or 0
              arrivals[i] = tat
              if math.max(tat, now) - now > tonumber(ARGV[2 + 2 * i]) then
                conforms = false
              end
            end
            local admitted = admit and conforms
            local answer = { admitted and 1 or 0 }
            for i = 1, #KEYS do
              local tat = arrivals[i]
              if admitted then
                tat = math.max(tat, now) + tonumber(ARGV[1 + 2 * i])
                redis.call('SET', KEYS[i], string.format('%.0f', tat), 'PX', math.ceil((tat - now) / 1000))
              end
              answer[i + 1] = tat
            end
            return answer
            """;

    private RateScripts() {
    }
}
