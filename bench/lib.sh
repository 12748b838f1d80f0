# Shared by the benchmark scripts (sourced from the repository's root): settings, start/stop the packaged service on
# its production profile, seed, log in, measure one endpoint with wrk. RATE_LIMIT=true turns the limiter on, with
# limits far above what a run sends, so that its cost is measured and not its refusals.

DURATION=${DURATION:-20s}
# The JIT keeps compiling for a minute under load: each endpoint is driven this long at full concurrency first.
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
HTTP_PORT=${HTTP_PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
SCHEMA=stride_bench
WORK=bench/.work
BASE="http://127.0.0.1:${HTTP_PORT}/api/v1"
mkdir -p "$WORK" bench/results

# shellcheck source=bench/launch.sh
source bench/launch.sh

for tool in wrk psql openssl curl python3 java; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (wrk: apt-get install wrk)" >&2; exit 1; }
done

ensure_keys() {
  if [ ! -f "$WORK/jwt-private.pem" ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
  fi
}

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}
trap stop_app EXIT

start_app() { # $1: cache on|off, $2: clean the schema first (true|false)
  local cache_enabled=true
  [ "$1" = off ] && cache_enabled=false
  launch_stride "$WORK/app-$1${RATE_LIMIT:+-rl-$RATE_LIMIT}.log" "$2" "${RATE_LIMIT:-false}" "$cache_enabled" \
    STRIDE_REDIS_KEY_PREFIX="stride-bench:" \
    STRIDE_RATE_LIMIT_POLICIES_CALLER_TIERS_FREE=100000000 \
    STRIDE_RATE_LIMIT_POLICIES_ACTIVITIES_LIST_TIERS_FREE=100000000 \
    QUARKUS_HTTP_PORT="${HTTP_PORT}" \
    QUARKUS_MANAGEMENT_PORT="${MANAGEMENT_PORT}" \
    java -jar bootstrap/target/quarkus-app/quarkus-run.jar
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:${MANAGEMENT_PORT}/q/health/ready" >/dev/null 2>&1; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "the service did not start; see $WORK/app-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the service did not become ready; see $WORK/app-$1.log" >&2
  exit 1
}

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

login() {
  curl -fs -X POST "$BASE/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"bench@example.com\",\"password\":\"bench password 1\"}" | json '["accessToken"]'
}

seed() { # one user, 10,000 activities over three years ending today, a tag on every third
  curl -fs -X POST "$BASE/auth/register" -H 'Content-Type: application/json' \
    -d '{"email":"bench@example.com","password":"bench password 1"}' > /dev/null
  local user
  user=$(psql -h 127.0.0.1 -U postgres -d test -Atc "select id from ${SCHEMA}.users where email = 'bench@example.com'")
  psql -h 127.0.0.1 -U postgres -d test -q -v ON_ERROR_STOP=1 <<SQL
insert into ${SCHEMA}.activities (id, user_id, activity_type, duration_minutes, distance_km, notes, activity_date,
                                  created_at, updated_at, deleted_at, version)
select gen_random_uuid(), '${user}', (array['running', 'cycling', 'strength', 'swimming'])[1 + i % 4], 20 + i % 90,
       case when i % 4 = 2 then null else round((1 + (i % 200) / 10.0)::numeric, 3) end, 'seeded',
       current_date - (i % 1095), now() - make_interval(secs => i), now(), null, 1
from generate_series(1, 10000) as i;
insert into ${SCHEMA}.activity_tags (activity_id, position, tag)
select id, 0, 'interval' from ${SCHEMA}.activities
where user_id = '${user}' and duration_minutes % 3 = 0;
analyze ${SCHEMA}.activities;
analyze ${SCHEMA}.activity_tags;
SQL
}

measure() { # $1: label, $2: path; prints "label rps p50 p99"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$BASE$2")
  echo "$out" > "$WORK/wrk-$1.txt"
  if echo "$out" | grep -q "Non-2xx"; then
    echo "wrk saw errors for $2; see $WORK/wrk-$1.txt" >&2
    exit 1
  fi
  python3 - "$1" <<PY
import re, sys
text = open("$WORK/wrk-$1.txt").read()
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(*re.search(r"\s50%\s+([\d.]+)(us|ms|s)", text).groups())
p99 = ms(*re.search(r"\s99%\s+([\d.]+)(us|ms|s)", text).groups())
print(f"{sys.argv[1]} {rps:.0f} {p50:.2f} {p99:.2f}")
PY
}

measure_all() { # $1: on|off, then KEY=PATH pairs ({id} in a path: the newest activity); the service is running
  TOKEN=$(login)
  local id pair
  id=$(curl -fs "$BASE/activities?limit=1" -H "Authorization: Bearer $TOKEN" | json '["items"][0]["id"]')
  local mode=$1
  shift
  # Warm the JIT (and the cache, where it is on) at full load before measuring: it compiles for about a minute.
  local paths=() keys=()
  for pair in "$@"; do
    local path=${pair#*=}
    paths+=("${path//\{id\}/$id}")
    keys+=("${pair%%=*}")
  done
  for path in "${paths[@]}"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$BASE$path" > /dev/null
  done
  local i
  for i in "${!paths[@]}"; do
    measure "${keys[$i]}-$mode" "${paths[$i]}"
  done
}
