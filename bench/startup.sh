#!/usr/bin/env bash
# Production start-up (issue 14, point 5), measured both ways the packaged service is run:
#   plain: `java -jar bootstrap/target/quarkus-app/quarkus-run.jar` on JAVA (the default JDK: 17 here);
#   image: as bootstrap/src/main/docker/Dockerfile.jvm runs it: on JDK 25 (JAVA25), with the ahead-of-time class
#          cache that the image writes for itself (-XX:AOTCacheOutput: a training run that goes as far as the
#          start-up's first connection to the database, which is not there), then -XX:AOTCache.
# RUNS starts of each, interleaved, on the production profile against the local PostgreSQL (schema stride_startup,
# migrated by a first start that is not counted) and Redis. Per start: Quarkus's "started in", the time from exec
# to readiness (/q/health/ready answering UP), the CPU the process had used by then and its RSS. Writes
# bench/results/startup-<UTC time>.md with every start and the medians. Run it on a quiet machine: on 2 cores the
# JIT compiler threads already compete with the main thread.
#
#   bash bench/startup.sh            # SKIP_BUILD=1 reuses bootstrap/target
#
# Settings (environment): RUNS (7), JAVA (java), JAVA25 (/usr/lib/jvm/temurin-25-jdk-amd64/bin/java),
# JAVA_OPTS (none: both ways get the same options), HTTP_PORT (18080), MANAGEMENT_PORT (19000).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
SCHEMA=stride_startup
RUNS=${RUNS:-7}
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=bootstrap/target/quarkus-app/quarkus-run.jar
AOT="$PWD/$WORK/startup-app.aot"
TSV="$WORK/startup.tsv"
STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
OUT=bench/results/startup-$STAMP.md

[ -x "$JAVA25" ] || { echo "bench/startup.sh needs a JDK 25 at JAVA25 ($JAVA25)" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B install -DskipTests
fi
ensure_keys
psql -h 127.0.0.1 -U postgres -d test -qc "drop schema if exists ${SCHEMA} cascade" >/dev/null

echo "Writing the image's class cache with $JAVA25 ..."
train_class_cache "$JAVA25" "$AOT" "$WORK/startup-aot.log" \
  || { echo "no class cache written; see $WORK/startup-aot.log" >&2; exit 1; }

one_start() { # $1: way (plain|image|migrate), then the JVM and its options
  local way=$1 log="$WORK/startup-$1.log" t0 t1 started cpu rss
  shift
  t0=$(date +%s%N)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  launch_stride "$log" false false true \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$HTTP_PORT" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" \
    QUARKUS_SHUTDOWN_DELAY=0s STRIDE_REDIS_KEY_PREFIX="stride-startup:" \
    "$@" $JAVA_OPTS -jar "$JAR"
  APP_PID=$!
  until curl -fs "http://127.0.0.1:${MANAGEMENT_PORT}/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the service did not start; see $log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
  rss=$(awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status")
  started=$(grep -o 'started in [0-9.]*s' "$log" | head -n 1 | grep -o '[0-9.]*[0-9]')
  stop_app
  if [ "$way" != migrate ]; then
    printf '%s\t%s\t%s\t%s\t%s\n' "$way" "$started" "$(( (t1 - t0) / 1000000 ))" "$cpu" "$rss" >> "$TSV"
    grep -i 'aot' "$log" | grep -i 'warn\|error\|mismatch\|disabled' | head -n 3 >> "$WORK/startup-aot-warnings.log" || true
  fi
}

: > "$TSV"
: > "$WORK/startup-aot-warnings.log"
echo "Migrating the schema (not counted) ..."
one_start migrate "$JAVA"
for run in $(seq 1 "$RUNS"); do
  echo "Start $run of $RUNS: plain, then image ..."
  one_start plain "$JAVA"
  one_start image "$JAVA25" -XX:AOTCache="$AOT"
done

python3 - "$TSV" "$OUT" "$("$JAVA" -version 2>&1 | head -n 1)" "$("$JAVA25" -version 2>&1 | head -n 1)" \
  "$(git rev-parse HEAD)" "$RUNS" "$JAVA_OPTS" "$(du -m "$AOT" | cut -f1)" "$WORK/startup-aot-warnings.log" <<'EOF'
import statistics
import sys

tsv, out, java, java25, commit, runs, opts, aot_mb, warnings = sys.argv[1:]
rows = [line.split("\t") for line in open(tsv).read().splitlines() if line]
ways = {"plain": f"`java -jar` on {java}", "image": f"as the image runs it: {java25}, `-XX:AOTCache` ({aot_mb} MB)"}
lines = [f"# Production start-up, {runs} starts each way, interleaved", "",
         f"Stride `{commit}`, production profile, local PostgreSQL and Redis, JVM options `{opts or '(none)'}`. "
         "\"started in\" is Quarkus's own figure; ready is exec to /q/health/ready UP; CPU is what the process "
         "had used by then (all its threads: the JIT compiler threads as much as the main thread). Target: 3 s.", "",
         "| way | started in (median) | ready (median) | CPU by ready (median) | RSS at ready (median) |",
         "|---|---|---|---|---|"]
for way, name in ways.items():
    mine = [r for r in rows if r[0] == way]
    med = lambda i: statistics.median(float(r[i]) for r in mine)
    lines.append(f"| {name} | {med(1):.3f} s | {med(2) / 1000:.3f} s | {med(3):.2f} s | {med(4):.0f} MB |")
lines += ["", "Every start:", "", "| way | started in | ready | CPU | RSS |", "|---|---|---|---|---|"]
for way, started, ready, cpu, rss in rows:
    lines.append(f"| {way} | {started} s | {int(ready) / 1000:.3f} s | {cpu} s | {rss} MB |")
told = open(warnings).read().strip()
lines += ["", "JVM warnings about the class cache: " + (f"\n\n```\n{told}\n```" if told else "none.")]
open(out, "w").write("\n".join(lines) + "\n")
print("\n".join(lines[:8]))
EOF
echo "written: $OUT"
