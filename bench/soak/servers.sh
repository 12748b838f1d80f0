# Sourced by bench/soak.sh: the soak's own servers, all on loopback, all under $SOAK_DIR, all stopped at exit.
# Nothing here touches the machine's shared PostgreSQL (5432) or Redis (6379): the test suites use them, and the
# soak restarts and kills its servers.
#
# bench/lib.sh is not sourced: its start_app runs the service against the shared 5432/6379 and its tool check
# demands wrk, which the soak does not use. Its key generation (ensure_keys) is repeated in soak_keys, per run.
#
# Every server's pid is kept in $SOAK_DIR/pids/<name>, so a restarted server is found (and stopped) as well.

PG_PORT=${PG_PORT:-25432}
REDIS_CACHE_PORT=${REDIS_CACHE_PORT:-26379}
REDIS_SESSIONS_PORT=${REDIS_SESSIONS_PORT:-26380}
LB_PORT=${LB_PORT:-28080}
REPLICA_PORTS=(28081 28082)
REPLICA_MANAGEMENT_PORTS=(29081 29082)
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$PG_BIN/pg_ctl" ] || PG_BIN=$(dirname "$(command -v pg_ctl)")

log() { echo "[soak $(date -u +%H:%M:%S)] $*" >&2; }
now_ms() { date +%s%3N; }

as_postgres() { runuser -u postgres -- "$@"; }

soak_keys() {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$SOAK_DIR/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$SOAK_DIR/jwt-private.pem" -pubout -out "$SOAK_DIR/jwt-public.pem"
}

soak_psql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d stride -v ON_ERROR_STOP=1 -qAt "$@"; }

await() { # $1: what, $2: seconds, then a command that succeeds once it is up
  local what=$1 seconds=$2
  shift 2
  local deadline=$(( $(date +%s) + seconds ))
  local rc
  until "$@" >/dev/null 2>&1; do
    rc=$?
    if [ "$rc" = 2 ] && [ "$1" = replica_ready ]; then return 1; fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      log "$what did not come up in ${seconds}s"
      return 1
    fi
    sleep 0.2
  done
}

# ---- PostgreSQL 15: its own cluster, trust authentication, database stride ---------------------------------------
pg_start() {
  mkdir -p "$SOAK_DIR/pg"
  chown postgres: "$SOAK_DIR/pg"
  if [ ! -f "$SOAK_DIR/pg/data/PG_VERSION" ]; then
    as_postgres "$PG_BIN/initdb" -D "$SOAK_DIR/pg/data" -U postgres --auth=trust -E UTF8 --no-locale \
      > "$SOAK_DIR/pg/initdb.log" 2>&1
    cat >> "$SOAK_DIR/pg/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = ${PG_PORT}
unix_socket_directories = '$SOAK_DIR/pg'
max_connections = 100
shared_buffers = 64MB
CONF
  fi
  as_postgres "$PG_BIN/pg_ctl" -D "$SOAK_DIR/pg/data" -l "$SOAK_DIR/pg/postgres.log" -w -t 60 start > /dev/null
  head -1 "$SOAK_DIR/pg/data/postmaster.pid" > "$SOAK_DIR/pids/postgres"
  if [ "$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atc \
        "select count(*) from pg_database where datname = 'stride'")" = 0 ]; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -qc "create database stride" > /dev/null
  fi
}

pg_restart() { # the fault: a fast restart drops every connection of both replicas
  as_postgres "$PG_BIN/pg_ctl" -D "$SOAK_DIR/pg/data" -l "$SOAK_DIR/pg/postgres.log" -w -t 60 -m fast restart \
    > /dev/null
  head -1 "$SOAK_DIR/pg/data/postmaster.pid" > "$SOAK_DIR/pids/postgres"
}

pg_stop() {
  [ -f "$SOAK_DIR/pg/data/postmaster.pid" ] || return 0
  as_postgres "$PG_BIN/pg_ctl" -D "$SOAK_DIR/pg/data" -w -t 30 -m fast stop > /dev/null 2>&1 || true
}

# ---- Redis 7: "sessions" (sessions, rate counters; every write fsync'd) and "cache" (no persistence, LRU) --------
redis_start() { # $1: sessions|cache
  local name=$1
  mkdir -p "$SOAK_DIR/redis-$name"
  if [ "$name" = sessions ]; then
    redis-server --port "$REDIS_SESSIONS_PORT" --bind 127.0.0.1 --dir "$SOAK_DIR/redis-$name" \
      --appendonly yes --appendfsync always --maxmemory-policy noeviction --save '' \
      --logfile "$SOAK_DIR/logs/redis-$name.log" &
    echo $! > "$SOAK_DIR/pids/redis-$name"
    disown   # killed on purpose: no "Killed" from bash
    await "Redis $name" 30 redis-cli -p "$REDIS_SESSIONS_PORT" ping
  else
    redis-server --port "$REDIS_CACHE_PORT" --bind 127.0.0.1 --dir "$SOAK_DIR/redis-$name" \
      --appendonly no --save '' --maxmemory 64mb --maxmemory-policy allkeys-lru \
      --logfile "$SOAK_DIR/logs/redis-$name.log" &
    echo $! > "$SOAK_DIR/pids/redis-$name"
    disown   # killed on purpose: no "Killed" from bash
    await "Redis $name" 30 redis-cli -p "$REDIS_CACHE_PORT" ping
  fi
}

pid_of() { cat "$SOAK_DIR/pids/$1" 2>/dev/null; }

replica_ready() { # $1: pid, $2: management port; fails the wait at once when the process has exited
  kill -0 "$1" 2>/dev/null || { log "replica (pid $1) exited while starting"; return 2; }
  curl -fs "http://127.0.0.1:$2/q/health/ready"
}

# ---- The replicas: the packaged application, production profile --------------------------------------------------
# What both replicas get (written to $SOAK_DIR/app-opts.txt, which the checker reads for the rate limits):
# quarkus.redis.hosts is the default client (the cache); quarkus.redis.sessions.hosts the named client of the
# sessions and rate counters (a build without the named client ignores it and keeps everything on the cache's).
# HAProxy (127.0.0.1) is the only trusted proxy: it writes X-Forwarded-For with the load generator's source
# address, one per user (127.0.0.x), so per-address limits (anonymous calls, logins) count per user, not per machine.
# Everything else is the production default: bcrypt cost 12, rate limits as configured, 15-minute access tokens.
# SOAK_JAVA_OPTS (space-separated -D settings) adds or overrides settings, e.g. other limits.
replica_settings() {
  REPLICA_OPTS=(
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:${PG_PORT}/stride"
    -Dquarkus.datasource.username=postgres
    -Dquarkus.redis.hosts="redis://127.0.0.1:${REDIS_CACHE_PORT}"
    -Dquarkus.redis.sessions.hosts="redis://127.0.0.1:${REDIS_SESSIONS_PORT}"
    -Dmp.jwt.verify.publickey.location="$SOAK_DIR/jwt-public.pem"
    -Dsmallrye.jwt.sign.key.location="$SOAK_DIR/jwt-private.pem"
    -Dstride.admin-emails=admin@soak.test
    -Dstride.admin-initial-password="soak admin password"
    -Dstride.rate-limit.trusted-proxies=127.0.0.1
    # As operators must: the replica count, so that while the limiter counts in memory each replica admits its
    # share of a limit, not a whole one.
    -Dstride.rate-limit.fallback-replicas=2
  )
  local extra
  # shellcheck disable=SC2206
  extra=(${SOAK_JAVA_OPTS:-})
  REPLICA_OPTS+=("${extra[@]}")
  printf '%s\n' "${REPLICA_OPTS[@]}" > "$SOAK_DIR/app-opts.txt"
}

replica_ready() { # $1: pid, $2: management port; fails the wait at once when the process has exited
  kill -0 "$1" 2>/dev/null || { log "replica (pid $1) exited while starting"; return 2; }
  curl -fs "http://127.0.0.1:$2/q/health/ready"
}

replica_start() { # $1: 1|2; returns once it is ready (management /q/health/ready answers 200)
  local n=$1
  local port=${REPLICA_PORTS[$((n - 1))]} management=${REPLICA_MANAGEMENT_PORTS[$((n - 1))]}
  java -Xmx256m -Dquarkus.http.port="$port" -Dquarkus.management.port="$management" "${REPLICA_OPTS[@]}" \
    -jar "$JAR" >> "$SOAK_DIR/logs/replica-$n.log" 2>&1 &
  local pid=$!
  disown
  echo "$pid" > "$SOAK_DIR/pids/replica-$n"
  if ! await "replica $n" 120 replica_ready "$pid" "$management"; then
    tail -20 "$SOAK_DIR/logs/replica-$n.log" >&2
    return 1
  fi
}

# ---- HAProxy: round robin over both replicas ---------------------------------------------------------------------
haproxy_start() {
  cat > "$SOAK_DIR/haproxy.cfg" <<CFG
global
    log stdout format raw local0
    maxconn 1000

defaults
    mode http
    log global
    # one line per request: time, client, server, status, retries (%rc), Tq/Tw/Tc/Tr/Tt, termination state
    log-format "%tr %ci %s %ST %rc %TR/%Tw/%Tc/%Tr/%Ta %tsc %{+Q}r"
    option http-keep-alive
    timeout connect 1s
    timeout client 60s
    # the service answers 504 itself after stride.request-timeout (5 s); this only catches a hung replica
    timeout server 30s
    timeout http-keep-alive 10s
    timeout check 2s

frontend api
    bind 127.0.0.1:${LB_PORT}
    # the load generator's source address (one per user) for the service's per-address limits
    option forwardfor
    default_backend replicas

backend replicas
    balance roundrobin
    # Which replica answered: set only on answers from a server, never on HAProxy's own 502/503/504, so the checker
    # tells the service's failures from the proxy's.
    http-response set-header X-Served-By %[srv_name]
    option httpchk GET /q/health/ready
    http-check expect status 200
    # Retries, and why they are safe:
    # - conn-failure: the connection to a replica could not be made, so no byte of the request was sent: retrying
    #   (on the other replica: redispatch) is safe for every method, POST included.
    # - empty-response: the replica closed the connection with no answer, after the request was sent (SIGKILL
    #   mid-request). It may have done the work. Only GET, HEAD and PUT (a full replacement: repeating it leaves the
    #   same state and the same answer) are retried so; disable-l7-retry turns every retry but conn-failure off for
    #   the rest. POST (a create, even with an Idempotency-Key: the key is the client's to replay, a restore: 409
    #   the second time) and DELETE (404 the second time: the client would read its own success as an anomaly) get
    #   HAProxy's 502 instead, and the careful client decides.
    retry-on conn-failure empty-response
    retries 3
    option redispatch 1
    http-request disable-l7-retry unless METH_GET || METH_HEAD || METH_PUT
    default-server inter 1s fall 2 rise 2
    server r1 127.0.0.1:${REPLICA_PORTS[0]} check port ${REPLICA_MANAGEMENT_PORTS[0]}
    server r2 127.0.0.1:${REPLICA_PORTS[1]} check port ${REPLICA_MANAGEMENT_PORTS[1]}
CFG
  haproxy -c -q -f "$SOAK_DIR/haproxy.cfg"
  haproxy -db -f "$SOAK_DIR/haproxy.cfg" > "$SOAK_DIR/logs/haproxy.log" 2>&1 &
  echo $! > "$SOAK_DIR/pids/haproxy"
  disown
  await "HAProxy" 30 curl -fs -o /dev/null "http://127.0.0.1:${LB_PORT}/q/openapi"
}

# ---- Stop everything this run started, by pid (restarted servers included) ---------------------------------------
soak_stop_all() {
  local name pid
  for name in haproxy replica-1 replica-2 redis-sessions redis-cache; do
    pid=$(pid_of "$name")
    [ -n "$pid" ] || continue
    kill -CONT "$pid" 2>/dev/null || true   # a paused Redis cannot exit
    kill "$pid" 2>/dev/null || true
  done
  for name in haproxy replica-1 replica-2 redis-sessions redis-cache; do
    pid=$(pid_of "$name")
    [ -n "$pid" ] || continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
  done
  pg_stop
}
