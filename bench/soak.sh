#!/usr/bin/env bash
# A soak under faults (issue 16, point 7): two packaged replicas (production profile) behind HAProxy, with their
# own PostgreSQL 15 and two Redis servers (sessions + rate counters: AOF, fsync always; cache: no persistence, LRU),
# all on loopback; a load of USERS careful clients plus one abuser (bench/soak/load.mjs) while faults are injected;
# then the checks (bench/soak/check.mjs):
#   1. every write acknowledged with a 2xx is in the database with its last acknowledged content; no duplicate create;
#   2. zero stale reads;
#   3. every failure was 429/503/504 with Retry-After, or a connection error while a replica was killed; zero 500s;
#   4. no user's accepted requests exceeded a configured rate limit in any window;
#   5. after the sessions Redis was killed and restarted, every user's latest refresh token still works.
# Writes bench/results/soak-<UTC time>.md and exits non-zero when a check fails.
#
#   bash bench/soak.sh                      # build, then the short soak: 180 s of load (CI), about 4 minutes
#   bash bench/soak.sh --duration 900       # the long one, by hand (the faults repeat every 180 s of load)
#   SKIP_BUILD=1 bash bench/soak.sh         # reuse bootstrap/target/quarkus-app
#   JAR=/elsewhere/quarkus-run.jar bash bench/soak.sh
#   USERS=8 (careful clients, default 8), SOAK_JAVA_OPTS="-Dkey=value ..." (more settings for both replicas),
#   KEEP_DATA=1 (keep the servers' data directories too; the logs are always kept)
#
# node bench/soak/selftest.mjs (about a minute, no servers) runs load.mjs and check.mjs against a fake service, a
# correct one and a broken one, and fails unless the checker passes the first and fails the second on every check.
#
# Faults, in this order, spaced evenly from 15% to 75% of the load (once each in the short run):
#   pg-restart           pg_ctl restart -m fast: every pooled connection of both replicas dies
#   pause-sessions-redis SIGSTOP for 10 s, then SIGCONT (sessions and rate counters: calls time out)
#   pause-cache-redis    SIGSTOP for 10 s, then SIGCONT (the cache: reads must go to PostgreSQL)
#   kill-sessions-redis  SIGKILL, 3 s down, started again on the same AOF directory
#   kill-replica         SIGKILL of one replica (alternating), 3 s down, started again until ready
#
# Needs java, node (20+), psql and PostgreSQL 15's server binaries, redis-server/redis-cli 7, openssl, curl; installs
# Debian's haproxy if it is missing. Uses ports 25432, 26379, 26380, 28080-28082, 29081-29082 on 127.0.0.1 only;
# never the shared 5432/6379 the test suites use. Runs as root (PostgreSQL's own processes run as postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

DURATION=180
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION=$2; shift 2 ;;
    --duration=*) DURATION=${1#*=}; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (usage: bash bench/soak.sh [--duration SECONDS])" >&2; exit 2 ;;
  esac
done
[[ "$DURATION" =~ ^[0-9]+$ ]] && [ "$DURATION" -ge 60 ] || { echo "--duration: at least 60 seconds" >&2; exit 2; }
USERS=${USERS:-8}
KILL_GRACE_MS=${KILL_GRACE_MS:-5000}

# shellcheck source=bench/soak/servers.sh
source bench/soak/servers.sh

# The replicas get every setting on their command line: none may come from the caller's environment (a datasource
# URL pointing at the shared PostgreSQL, other limits than the checker reads).
for variable in $(compgen -e | grep -E '^(QUARKUS|STRIDE|MP|SMALLRYE)_' || true); do
  log "ignoring $variable from the environment"
  unset "$variable"
done

if ! command -v haproxy >/dev/null; then
  log "installing haproxy (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy > /dev/null \
    || { apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy > /dev/null; }
  service haproxy stop > /dev/null 2>&1 || true   # the package's own service, if it started one: not the soak's
fi
for tool in java node psql redis-server redis-cli openssl curl runuser haproxy git; do
  command -v "$tool" >/dev/null || { echo "bench/soak.sh needs $tool" >&2; exit 1; }
done
[ -x "$PG_BIN/initdb" ] || { echo "bench/soak.sh needs PostgreSQL's initdb and pg_ctl (set PG_BIN)" >&2; exit 1; }
for port in "$PG_PORT" "$REDIS_CACHE_PORT" "$REDIS_SESSIONS_PORT" "$LB_PORT" "${REPLICA_PORTS[@]}" \
    "${REPLICA_MANAGEMENT_PORTS[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use (another soak?): stop it first" >&2
    exit 1
  fi
done

if [ -z "${JAR:-}" ]; then
  JAR=$ROOT/bootstrap/target/quarkus-app/quarkus-run.jar
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building (./mvnw -q -DskipTests -pl bootstrap -am package)"
    ./mvnw -q -DskipTests -pl bootstrap -am package
  fi
fi
JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
[ -f "$JAR" ] || { echo "no $JAR: build first (or JAR=...)" >&2; exit 1; }
JAR_REPO=$(dirname "$JAR")
COMMIT=$(git -C "$JAR_REPO" rev-parse --short HEAD 2>/dev/null || git rev-parse --short HEAD)
DIRTY=false
if [ -n "$(git -C "$JAR_REPO" status --porcelain --untracked-files=no 2>/dev/null || true)" ]; then DIRTY=true; fi

STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
SOAK_DIR=$(mktemp -d "/tmp/stride-soak-${STAMP}.XXXX")
chmod 755 "$SOAK_DIR"
mkdir -p "$SOAK_DIR/logs" "$SOAK_DIR/pids" "$SOAK_DIR/run"
LOAD_PID=
cleanup() {
  local status=$?
  if [ -n "$LOAD_PID" ]; then kill "$LOAD_PID" 2>/dev/null || true; fi
  soak_stop_all
  if [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$SOAK_DIR/pg/data" "$SOAK_DIR"/redis-*; fi
  log "logs: $SOAK_DIR"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
WALL_START=$(date +%s)

log "commit $COMMIT, jar $JAR, work dir $SOAK_DIR"
soak_keys
log "starting PostgreSQL :$PG_PORT, Redis sessions :$REDIS_SESSIONS_PORT and cache :$REDIS_CACHE_PORT"
pg_start
redis_start sessions
redis_start cache
replica_settings
log "starting replicas :${REPLICA_PORTS[0]} and :${REPLICA_PORTS[1]}"
replica_start 1 &
first=$!
replica_start 2
wait "$first"
haproxy_start
log "HAProxy on :$LB_PORT; ${USERS} users + 1 abuser for ${DURATION}s"

# ---- load and faults ---------------------------------------------------------------------------------------------
FAULTS=$SOAK_DIR/run/faults.jsonl
: > "$FAULTS"
fault_record() { # kind start end detail
  printf '{"kind":"%s","start":%s,"end":%s,"detail":"%s"}\n' "$1" "$2" "$3" "$4" >> "$FAULTS"
  log "fault $1: $4"
}

pause_redis() { # $1: sessions|cache
  local pid start
  pid=$(pid_of "redis-$1")
  start=$(now_ms)
  kill -STOP "$pid"
  sleep 10
  kill -CONT "$pid"
  fault_record "pause-$1-redis" "$start" "$(now_ms)" "SIGSTOP pid $pid for 10 s, then SIGCONT"
}

kill_sessions_redis() {
  local pid start before after
  pid=$(pid_of redis-sessions)
  before=$(redis-cli -p "$REDIS_SESSIONS_PORT" dbsize)
  start=$(now_ms)
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  sleep 3
  redis_start sessions
  after=$(redis-cli -p "$REDIS_SESSIONS_PORT" dbsize)
  fault_record kill-sessions-redis "$start" "$(now_ms)" \
    "SIGKILL pid $pid, 3 s down, restarted on its AOF: keys $before before, $after after"
}

KILLED=0
kill_replica() {
  local n=$(( KILLED % 2 + 1 )) pid start
  KILLED=$((KILLED + 1))
  pid=$(pid_of "replica-$n")
  start=$(now_ms)
  kill -9 "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
  sleep 3
  replica_start "$n"
  fault_record kill-replica "$start" "$(now_ms)" "SIGKILL replica-$n (pid $pid), 3 s down, restarted until ready"
}

restart_postgres() {
  local start
  start=$(now_ms)
  pg_restart
  fault_record pg-restart "$start" "$(now_ms)" "pg_ctl restart -m fast"
}

FAULT_KINDS=(restart_postgres "pause_redis sessions" "pause_redis cache" kill_sessions_redis kill_replica)
CYCLES=$(( DURATION / 180 ))
[ "$CYCLES" -ge 1 ] || CYCLES=1
COUNT=$(( CYCLES * ${#FAULT_KINDS[@]} ))

LOAD_START=$(now_ms)
node bench/soak/load.mjs --base "http://127.0.0.1:${LB_PORT}/api/v1" --users "$USERS" --duration "$DURATION" \
  --out "$SOAK_DIR/run" --run "$STAMP" > "$SOAK_DIR/logs/load.log" 2>&1 &
LOAD_PID=$!

for (( k = 0; k < COUNT; k++ )); do
  # from 15% to 75% of the load, evenly
  at=$(( LOAD_START + DURATION * 1000 * (15 + 60 * k / (COUNT > 1 ? COUNT - 1 : 1)) / 100 ))
  wait_ms=$(( at - $(now_ms) ))
  if [ "$wait_ms" -gt 0 ]; then sleep "$(printf '%d.%03d' $((wait_ms / 1000)) $((wait_ms % 1000)))"; fi
  kill -0 "$LOAD_PID" 2>/dev/null || break
  ${FAULT_KINDS[$((k % ${#FAULT_KINDS[@]}))]}
done

load_status=0
wait "$LOAD_PID" || load_status=$?
LOAD_PID=
cat "$SOAK_DIR/logs/load.log" >&2
[ "$load_status" = 0 ] || { log "the load generator failed ($load_status)"; exit 1; }

# ---- what the checker reads ----------------------------------------------------------------------------------------
where() { # $1: key pattern; answers the Redis that holds such keys
  if [ -n "$(redis-cli -p "$REDIS_SESSIONS_PORT" --scan --pattern "$1" | head -1)" ]; then echo sessions
  elif [ -n "$(redis-cli -p "$REDIS_CACHE_PORT" --scan --pattern "$1" | head -1)" ]; then echo cache
  else echo none; fi
}
SESSIONS_ON=$(where 'stride:session:*')
RATE_ON=$(where 'stride:gcra:*')

soak_psql -o "$SOAK_DIR/run/db.json" -c "
  select coalesce(json_agg(x), '[]'::json) from (
    select a.id, u.email, a.created_at, a.activity_type, a.duration_minutes, a.distance_km, a.notes,
           to_char(a.activity_date, 'YYYY-MM-DD') as activity_date, a.deleted_at is not null as deleted,
           coalesce((select json_agg(t.tag order by t.position) from activity_tags t where t.activity_id = a.id),
                    '[]'::json) as tags
    from activities a join users u on u.id = a.user_id) x"
cp "$SOAK_DIR/logs/haproxy.log" "$SOAK_DIR/run/haproxy.log"
cp "$SOAK_DIR/app-opts.txt" "$SOAK_DIR/run/app-opts.txt"
# The limits checked are the ones in the jar that ran (its application.properties, then the -D settings).
APP_JAR=$(ls "$(dirname "$JAR")"/app/*.jar | head -1)
if command -v unzip >/dev/null; then
  unzip -p "$APP_JAR" application.properties > "$SOAK_DIR/run/application.properties"
else
  (cd "$SOAK_DIR/run" && jar xf "$APP_JAR" application.properties)
fi
cat > "$SOAK_DIR/run/meta.json" <<JSON
{"commit": "$COMMIT", "dirty": $DIRTY, "users": $USERS, "replicas": 2, "killGraceMs": $KILL_GRACE_MS,
 "sessionsOn": "$SESSIONS_ON", "rateCountersOn": "$RATE_ON", "workDir": "$SOAK_DIR",
 "wallSeconds": $(( $(date +%s) - WALL_START ))}
JSON

mkdir -p bench/results
REPORT=bench/results/soak-${STAMP}.md
check_status=0
node bench/soak/check.mjs --dir "$SOAK_DIR/run" --props "$SOAK_DIR/run/application.properties" \
  --out "$REPORT" || check_status=$?
log "written to $REPORT (start-up, load, faults and checks: $(( $(date +%s) - WALL_START )) s)"
exit "$check_status"
