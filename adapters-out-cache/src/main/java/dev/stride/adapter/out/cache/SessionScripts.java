package dev.stride.adapter.out.cache;

/**
 * The session store's Lua scripts. Redis runs a script atomically, so a rotation is one indivisible step however
 * many replicas present the same token at once. Keys (P is the configured prefix):
 * <ul>
 *   <li>{@code P session:token:<sha256>} hash {sid, uid}: one per refresh token, current or retired, expiring with
 *       that token's own lifetime;</li>
 *   <li>{@code P session:<sid>} hash {uid, current}: the login, expiring with its newest token;</li>
 *   <li>{@code P session:<sid>:tokens} set of the login's token hashes, so a revocation finds them all;</li>
 *   <li>{@code P user:<uid>:sessions} set of the user's session ids, living as long as the longest of them.</li>
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
              redis.call('SREM', p .. 'user:' .. uid .. ':sessions', sid)
            end
            local function remember(p, sid, uid, hash, ttl)
              local tokenKey = p .. 'session:token:' .. hash
              local sessionKey = p .. 'session:' .. sid
              local tokensKey = sessionKey .. ':tokens'
              local userKey = p .. 'user:' .. uid .. ':sessions'
              redis.call('HSET', tokenKey, 'sid', sid, 'uid', uid)
              redis.call('PEXPIRE', tokenKey, ttl)
              redis.call('HSET', sessionKey, 'uid', uid, 'current', hash)
              redis.call('PEXPIRE', sessionKey, ttl)
              redis.call('SADD', tokensKey, hash)
              redis.call('PEXPIRE', tokensKey, ttl)
              redis.call('SADD', userKey, sid)
              if redis.call('PTTL', userKey) < ttl then
                redis.call('PEXPIRE', userKey, ttl)
              end
            end
            """;

    /** ARGV: prefix, session id, user id, token hash, lifetime in ms. */
    static final String OPEN = FUNCTIONS + """
            remember(ARGV[1], ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5]))
            return 1
            """;

    /**
     * ARGV: prefix, presented hash, next hash, lifetime in ms. Returns {'rotated', uid}, {'reused', uid} (the
     * session is revoked) or {'unknown'}.
     */
    static final String ROTATE = FUNCTIONS + """
            local p, presented, nextHash, ttl = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
            local token = redis.call('HMGET', p .. 'session:token:' .. presented, 'sid', 'uid')
            local sid, uid = token[1], token[2]
            if not sid then
              return {'unknown'}
            end
            if redis.call('HGET', p .. 'session:' .. sid, 'current') ~= presented then
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
            local userKey = p .. 'user:' .. uid .. ':sessions'
            for _, sid in ipairs(redis.call('SMEMBERS', userKey)) do
              revoke(p, sid, uid)
            end
            redis.call('DEL', userKey)
            return 1
            """;

    private SessionScripts() {
    }
}
