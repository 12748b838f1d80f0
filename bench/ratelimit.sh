#!/usr/bin/env bash
# What the rate limiter costs per request: the packaged application on its production profile (local PostgreSQL,
# Redis, cache on), wrk on loopback, GET /activities/{id} (one policy: caller) and GET /activities (two policies:
# caller and activities-list) with limits on and off. With limits on, every request runs the limiter's Redis script;
# the limits are set far above what a run sends, so what is measured is the check, not refusals. Writes requests/s,
# p50, p99 and the on/off ratios to bench/results/ratelimit-<time>.md.
#
#   bash bench/ratelimit.sh                 # build, then measure (about 5 minutes)
#   SKIP_BUILD=1 DURATION=10s bash bench/ratelimit.sh
#
# Needs what bench/run.sh needs.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
source bench/lib.sh

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
ensure_keys

run_limits() { # $1: on|off
  RATE_LIMIT=false
  [ "$1" = on ] && RATE_LIMIT=true
  export RATE_LIMIT
  start_app on false
  TOKEN=$(login)
  local id
  id=$(curl -fs "$BASE/activities?limit=1" -H "Authorization: Bearer $TOKEN" | json '["items"][0]["id"]')
  for path in "/activities/$id" "/activities"; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $TOKEN" "$BASE$path" > /dev/null
  done
  measure "get-activity-limits-$1" "/activities/$id"
  measure "list-activities-limits-$1" "/activities"
  stop_app
}

echo "Seeding 10,000 activities ..."
RATE_LIMIT=false start_app off true
seed
stop_app

results=$(mktemp)
echo "Measuring with rate limits on ..."
run_limits on >> "$results"
echo "Measuring with rate limits off ..."
run_limits off >> "$results"

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
report="bench/results/ratelimit-${stamp}.md"
python3 - "$results" "$report" "$DURATION" "$CONNECTIONS" "$THREADS" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    label, rps, p50, p99 = line.split()
    rows[label] = (float(rps), float(p50), float(p99))
lines = [
    f"# Rate limits on vs off, cache on ({sys.argv[3]} per run, {sys.argv[4]} connections, {sys.argv[5]} wrk"
    " threads, loopback)",
    "",
    "| endpoint | limits | requests/s | p50 ms | p99 ms |",
    "|---|---|---|---|---|",
]
names = {"get-activity": "GET /activities/{id} (1 policy)", "list-activities": "GET /activities (2 policies)"}
for key, name in names.items():
    for mode in ("on", "off"):
        rps, p50, p99 = rows[f"{key}-limits-{mode}"]
        lines.append(f"| {name} | {mode} | {rps:.0f} | {p50:.2f} | {p99:.2f} |")
lines += ["", "| endpoint | throughput on/off | p99 added (ms) |", "|---|---|---|"]
for key, name in names.items():
    on, off = rows[f"{key}-limits-on"], rows[f"{key}-limits-off"]
    lines.append(f"| {name} | {on[0] / off[0]:.2f}x | {on[2] - off[2]:+.2f} |")
text = "\n".join(lines) + "\n"
open(sys.argv[2], "w").write(text)
print(text)
PY
echo "Written to $report"
