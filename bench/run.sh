#!/usr/bin/env bash
# Stride's benchmark: the packaged application on its production profile (local PostgreSQL and Redis), wrk on
# loopback. Seeds one user with 10,000 activities over three years, then measures
#   GET /activities/{id}, GET /activities and GET /stats?period=week
# with the cache on and off, and writes requests/s, p50, p99 and the on/off ratios to bench/results/.
#
#   bash bench/run.sh                 # build, then measure (about 4 minutes)
#   SKIP_BUILD=1 DURATION=10s bash bench/run.sh
#
# Needs: JDK 17+, wrk, psql, openssl, curl, python3; PostgreSQL on 127.0.0.1:5432 (trust, database test) and Redis
# on 127.0.0.1:6379, as for the tests. Rate limits are off (STRIDE_RATE_LIMIT_ENABLED=false) so the service is
# what is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
HTTP_PORT=${HTTP_PORT:-18080}
MANAGEMENT_PORT=${MANAGEMENT_PORT:-19000}
SCHEMA=stride_bench
WORK=bench/.work
BASE="http://127.0.0.1:${HTTP_PORT}/api/v1"
mkdir -p "$WORK" bench/results

for tool in wrk psql openssl curl python3 java; do
  command -v "$tool" >/dev/null || { echo "bench needs $tool (wrk: apt-get install wrk)" >&2; exit 1; }
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi

if [ ! -f "$WORK/jwt-private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
  openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"
fi

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
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=${SCHEMA}" \
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_FLYWAY_SCHEMAS=${SCHEMA} \
  QUARKUS_FLYWAY_CLEAN_AT_START="$2" \
  QUARKUS_FLYWAY_CLEAN_DISABLED=false \
  QUARKUS_REDIS_HOSTS=redis://127.0.0.1:6379 \
  STRIDE_REDIS_KEY_PREFIX="stride-bench:" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$WORK/jwt-public.pem" \
  SMALLRYE_JWT_SIGN_KEY_LOCATION="$PWD/$WORK/jwt-private.pem" \
  STRIDE_PASSWORDS_BCRYPT_COST=4 \
  STRIDE_RATE_LIMIT_ENABLED=false \
  STRIDE_CACHE_ENABLED="$cache_enabled" \
  QUARKUS_HTTP_PORT=${HTTP_PORT} \
  QUARKUS_MANAGEMENT_PORT=${MANAGEMENT_PORT} \
  QUARKUS_LOG_CATEGORY__DEV_STRIDE_ACCESS__LEVEL=WARN \
    java -jar bootstrap/target/quarkus-app/quarkus-run.jar > "$WORK/app-$1.log" 2>&1 &
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

run_mode() { # $1: on|off
  start_app "$1" false
  TOKEN=$(login)
  local id
  id=$(curl -fs "$BASE/activities?limit=1" -H "Authorization: Bearer $TOKEN" | json '["items"][0]["id"]')
  # Warm the JIT (and, with the cache on, the cache) before measuring.
  for path in "/activities/$id" "/activities" "/stats?period=week"; do
    wrk -t1 -c4 -d5s -H "Authorization: Bearer $TOKEN" "$BASE$path" > /dev/null
  done
  measure "get-activity-$1" "/activities/$id"
  measure "list-activities-$1" "/activities"
  measure "stats-week-$1" "/stats?period=week"
  stop_app
}

echo "Seeding 10,000 activities ..."
start_app off true
seed
stop_app

results=$(mktemp)
echo "Measuring with the cache on ..."
run_mode on >> "$results"
echo "Measuring with the cache off ..."
run_mode off >> "$results"

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
report="bench/results/cache-${stamp}.md"
python3 - "$results" "$report" "$DURATION" "$CONNECTIONS" "$THREADS" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, rps, p50, p99 = line.split()
    rows[label] = (float(rps), float(p50), float(p99))
lines = [
    f"# Cache on vs off ({sys.argv[3]} per run, {sys.argv[4]} connections, {sys.argv[5]} wrk threads, loopback)",
    "",
    "| endpoint | cache | requests/s | p50 ms | p99 ms |",
    "|---|---|---|---|---|",
]
names = {"get-activity": "GET /activities/{id}", "list-activities": "GET /activities",
         "stats-week": "GET /stats?period=week"}
for key, name in names.items():
    for mode in ("on", "off"):
        rps, p50, p99 = rows[f"{key}-{mode}"]
        lines.append(f"| {name} | {mode} | {rps:.0f} | {p50:.2f} | {p99:.2f} |")
lines += ["", "| endpoint | throughput on/off |", "|---|---|"]
for key, name in names.items():
    lines.append(f"| {name} | {rows[f'{key}-on'][0] / rows[f'{key}-off'][0]:.1f}x |")
text = "\n".join(lines) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
PY
echo "Written to $report"
