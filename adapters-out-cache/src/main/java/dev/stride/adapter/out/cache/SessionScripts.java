package dev.stride.adapter.out.cache;

/**
 * The session store's Lua scripts. Redis runs a script atomically, so a rotation is one indivisible step however
 * many replicas present the same token at once. Keys (P is the configured prefix):
 * <ul>
 *   <li>{@code P session:token:<sha256>} hash {sid, uid, retired}: one per refresh token, expiring with that
 *       token's own lifetime; {@code retired} (Redis time in ms) once it has been exchanged;</li>
 *   <li>{@code P session:<sid>} hash {uid}: the login, expiring with its newest token;</li>
 *   <li>{@code P session:<sid>:tokens} set of the login's token hashes, so a revocation finds them all;</li>
 *   <li>{@code P user:<uid>:logins} sorted set of the user's session ids scored by when they were opened (Redis
 *       time, ms), living as long as the longest of them: what caps a user's sessions and finds them all;</li>
 *   <li>{@code P user:<uid>:sessions} the set that did that before; still read by revocations, never written.</li>
 * </ul>
 * Keys are derived inside the scripts, which suits a single Redis (or a primary with replicas), not Redis Cluster.
 */
final class SessionScripts {

    private static final String FUNCTIONS = """
            local function revoke(p, sid, uid)
              local sessionKey = p .. 'session:' .. sid
              local tokensKey = sessionKey .. ':tokens'
              for _, h in ipairs(redis.call('SMEMBERS', tokensKey)) do
                redis.call('DEL', p .. 'session:token:' .. h)
              end
              redis.call('DEL', sessionKey, tokensKey)
              redis.call('ZREM', p .. 'user:' .. uid .. ':logins', sid)
              redis.call('SREM', p .. 'user:' .. uid .. ':sessions', sid)
            end
            local function nowMillis()
              local clock = redis.call('TIME')
              return tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
            end
            local function remember(p, sid, uid, hash, ttl)
              local tokenKey = p .. 'session:token:' .. hash
              local sessionKey = p .. 'session:' .. sid
              local tokensKey = sessionKey .. ':tokens'
              local userKey = p .. 'user:' .. uid .. ':logins'
              redis.call('HSET', tokenKey, 'sid', sid, 'uid', uid)
              redis.call('PEXPIRE', tokenKey, ttl)
              redis.call('HSET', sessionKey, 'uid', uid)
              redis.call('PEXPIRE', sessionKey, ttl)
              redis.call('SADD', tokensKey, hash)
              redis.call('PEXPIRE', tokensKey, ttl)
              redis.call('ZADD', userKey, 'NX', nowMillis(), sid)
              if redis.call('PTTL', userKey) < ttl then
                redis.call('PEXPIRE', userKey, ttl)
              end
            end
            """;

    /**
     * ARGV: prefix, session id, user id, token hash, lifetime in ms, most sessions per user. Forgets the user's
     * expired sessions, revokes the oldest beyond the cap, then opens the new one.
     */
    static final String OPEN = FUNCTIONS + """
            local p, sid, uid, hash = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
            local ttl, max = tonumber(ARGV[5]), tonumber(ARGV[6])
            local logins = p .. 'user:' .. uid .. ':logins'
            for _, open in ipairs(redis.call('ZRANGE', logins, 0, -1)) do
              if redis.call('EXISTS', p .. 'session:' .. open) == 0 then
                redis.call('ZREM', logins, open)
              end
            end
            while redis.call('ZCARD', logins) >= max do
              revoke(p, redis.call('ZRANGE', logins, 0, 0)[1], uid)
            end
            remember(p, sid, uid, hash, ttl)
            return 1
            """;

    /**
     * ARGV: prefix, presented hash, next hash, lifetime in ms, grace in ms. Returns {'rotated', uid}, {'reused', uid}
     * (the session is revoked) or {'unknown'}. Time is Redis's own, so every replica judges the grace alike.
     */
    static final String ROTATE = FUNCTIONS + """
            local p, presented, nextHash = ARGV[1], ARGV[2], ARGV[3]
            local ttl, grace = tonumber(ARGV[4]), tonumber(ARGV[5])
            local tokenKey = p .. 'session:token:' .. presented
            local token = redis.call('HMGET', tokenKey, 'sid', 'uid', 'retired')
            local sid, uid, retired = token[1], token[2], token[3]
            if not sid or redis.call('EXISTS', p .. 'session:' .. sid) == 0 then
              return {'unknown'}
            end
            local now = nowMillis()
            if not retired then
              redis.call('HSET', tokenKey, 'retired', now)
            elseif now - tonumber(retired) >= grace then
              revoke(p, sid, uid)
              return {'reused', uid}
            end
            remember(p, sid, uid, nextHash, ttl)
            return {'rotated', uid}
            """;

    /** ARGV: prefix, token hash. Returns 1 when a session was revoked, 0 when the token is unknown. */
    static final String REVOKE = FUNCTIONS + """
            local p = ARGV[1]
            local token = redis.call('HMGET', p .. 'session:token:' .. ARGV[2], 'sid', 'uid')
            if not token[1] then
              return 0
            end
            revoke(p, token[1], token[2])
            return 1
            """;

    /** ARGV: prefix, user id. */
    static final String REVOKE_ALL = FUNCTIONS + """
            local p, uid = ARGV[1], ARGV[2]
            local logins = p .. 'user:' .. uid .. ':logins'
            local older = p .. 'user:' .. uid .. ':sessions'
            for _, sid in ipairs(redis.call('ZRANGE', logins, 0, -1)) do
              revoke(p, sid, uid)
            end
            for _, sid in ipairs(redis.call('SMEMBERS', older)) do
              revoke(p, sid, uid)
            end
            redis.call('DEL', logins, older)
            return 1
            """;

    private SessionScripts() {
    }
}
