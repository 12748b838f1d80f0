#!/usr/bin/env bash
# Stride's benchmark: the packaged application on its production profile (local PostgreSQL and Redis), wrk on
# loopback. Seeds one user with 10,000 activities over three years, then measures
#   GET /activities/{id}, GET /activities and GET /stats?period=week
# with the cache on and off, and writes requests/s, p50, p99 and the on/off ratios to bench/results/.
#
#   bash bench/run.sh                 # build, then measure (about 7 minutes)
#   SKIP_BUILD=1 DURATION=10s WARMUP=10s bash bench/run.sh
#
# Needs: JDK 17+, wrk, psql, openssl, curl, python3; PostgreSQL on 127.0.0.1:5432 (trust, database test) and Redis
# on 127.0.0.1:6379, as for the tests. Rate limits are off (STRIDE_RATE_LIMIT_ENABLED=false) so the service is
# what is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
source bench/lib.sh

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi

ensure_keys

run_mode() { # $1: on|off
  start_app "$1" false
  TOKEN=$(login)
  local id
  id=$(curl -fs "$BASE/activities?limit=1" -H "Authorization: Bearer $TOKEN" | json '["items"][0]["id"]')
  # Warm the JIT (and, with the cache on, the cache) before measuring.
  for path in "/activities/$id" "/activities" "/stats?period=week"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$BASE$path" > /dev/null
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
