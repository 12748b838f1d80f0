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
  measure_all "$1" "get-activity=/activities/{id}" "list-activities=/activities" "stats-week=/stats?period=week"
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
python3 bench/report.py "$results" "$report" \
  "Cache on vs off ($DURATION per run, $CONNECTIONS connections, $THREADS wrk threads, loopback)" cache \
  "get-activity=GET /activities/{id}" "list-activities=GET /activities" "stats-week=GET /stats?period=week"
echo "Written to $report"
