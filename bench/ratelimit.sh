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
  measure_all "$1" "get-activity=/activities/{id}" "list-activities=/activities"
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
python3 bench/report.py "$results" "$report" \
  "Rate limits on vs off, cache on ($DURATION per run, $CONNECTIONS connections, $THREADS wrk threads, loopback)" limits \
  "get-activity=GET /activities/{id} (1 policy)" "list-activities=GET /activities (2 policies)"
echo "Written to $report"
