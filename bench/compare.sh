#!/usr/bin/env bash
# Stride beside its ceiling and a reference service, in one run (issue 14, point 6). wrk -t2 -c32 on loopback,
# each row warmed up, then measured:
#   1. the ceiling: Stride's GET /q/health/live on its management port;
#   2. Stride, the packaged application on its production profile (local PostgreSQL and Redis, cache on):
#      cached GET /activities/{id}, GET /activities and GET /stats?period=week, with the rate limiter on (the Redis
#      store, every applying policy raised far above the load) and off, for one user and for USERS (1,000) users
#      each within its limits (bench/compare/rotate.lua rotates their tokens and own activity ids per request);
#   3. the reference: quarkusio/quarkus-super-heroes at REF_COMMIT, module rest-villains (uncached Panache read,
#      no auth), exported from a local mirror into a temporary folder, built there with the Temurin 25 JDK and run
#      on its prod profile against its own database: GET /api/villains/{id}, ids rotated.
# Writes bench/results/compare-<UTC time>.md: requests/s, p50, p99 per row, the ratios of issue 14's Targets, each
# server's start-up time, RSS after its load (VmRSS) and JVM flags, the warnings it logged, the commits and the
# machine. Per row also the CPU the server, wrk and the rest of the machine used, and Stride's cache hit ratio and
# failed Redis calls (a row in which the cache or the limiter timed out on Redis is flagged: on a busy machine the
# limiter then counts in memory). Fails on any non-2xx response or socket error. None of the reference's code
# enters this repository: it lives in a folder under /tmp for the run, removed at exit.
#
#   bash bench/compare.sh                          # build Stride and the reference, then measure (about 13 minutes)
#   SKIP_BUILD=1 WARMUP=5s DURATION=5s bash bench/compare.sh   # reuse bootstrap/target, short runs (about 5 minutes)
#
# Settings (environment): WARMUP (25s), DURATION (15s), THREADS (2), CONNECTIONS (32), USERS (1000),
# ACTIVITIES_PER_USER (20), IDS_PER_USER (5: the ids each user's reads rotate through), SINGLE_ACTIVITIES (10000),
# PRIME (1: before each Stride row's warm-up, send each of its requests once, so that it starts with a full cache),
# PROFILE (1: record a JFR profile of the limiter-on server, summarised in bench/results/profile-<time>.md),
# LIMIT_PER_MINUTE (100000000: the limit, per user and minute, of each policy that applies to the measured reads),
# STRIDE_WAY (image: Stride runs as bootstrap/src/main/docker/Dockerfile.jvm runs it, on JDK 25 with the
# ahead-of-time class cache the image writes for itself, trained here the same way; plain: java -jar on STRIDE_JAVA),
# JAVA_OPTS (-Xmx64m -XX:+UseSerialGC: Stride's JVM), STRIDE_JAVA (JDK 25's java for the image way, else java),
# REF_JAVA_OPTS (-Xmx256m), REF_JAVA_HOME
# (/usr/lib/jvm/temurin-25-jdk-amd64), REF_MIRROR (the bare git directory of quarkus-super-heroes, default
# /work/.mirror/quarkusio+quarkus-super-heroes/repo), REF_COMMIT (f44ff5186), REF_FALLBACK (io.quarkus:3.33.2: the
# Quarkus BOM group:version the reference is built with when its own does not resolve), REF_QUARKUS (group:version
# to build it with from the start), REF_OTEL (on: as it ships, tracing on with no collector; off:
# QUARKUS_OTEL_SDK_DISABLED=true), JAR, MVNW (./mvnw), SKIP_BUILD=1, TOKEN_LIFETIME (PT3H), REF_BUILD_ONLY=1
# (stop once the reference is built).
# Ports, on 127.0.0.1 only: STRIDE_HTTP_PORT (38080), STRIDE_MANAGEMENT_PORT (39000), REF_HTTP_PORT (38090).
# PostgreSQL: schema stride_compare of database test, database stride_compare_villains (both made afresh); Redis:
# keys stride-compare:* (removed before and after).
#
# Needs: JDK 17+ and the Temurin 25 JDK, wrk (apt-get install wrk), psql, openssl, curl, python3, git, redis-cli;
# PostgreSQL on 127.0.0.1:5432 (trust, database test) and Redis on 127.0.0.1:6379, as for the tests; the
# reference's dependencies from Maven Central (or ~/.m2).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

WARMUP=${WARMUP:-25s}
DURATION=${DURATION:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
USERS=${USERS:-1000}
ACTIVITIES_PER_USER=${ACTIVITIES_PER_USER:-20}
IDS_PER_USER=${IDS_PER_USER:-5}
SINGLE_ACTIVITIES=${SINGLE_ACTIVITIES:-10000}
PRIME=${PRIME:-1}
PROFILE=${PROFILE:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx64m -XX:+UseSerialGC}
REF_JAVA_OPTS=${REF_JAVA_OPTS:--Xmx256m}
REF_JAVA_HOME=${REF_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
STRIDE_WAY=${STRIDE_WAY:-image}
case "$STRIDE_WAY" in
  image) STRIDE_JAVA=${STRIDE_JAVA:-$REF_JAVA_HOME/bin/java} ;;
  plain) STRIDE_JAVA=${STRIDE_JAVA:-java} ;;
  *) echo "compare.sh: STRIDE_WAY is image or plain, not $STRIDE_WAY" >&2; exit 1 ;;
esac
REF_MIRROR=${REF_MIRROR:-/work/.mirror/quarkusio+quarkus-super-heroes/repo}
REF_COMMIT=${REF_COMMIT:-f44ff5186}
REF_MODULE=rest-villains
REF_FALLBACK=${REF_FALLBACK:-io.quarkus:3.33.2}
REF_QUARKUS=${REF_QUARKUS:-}
REF_OTEL=${REF_OTEL:-on}
JAR=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
MVNW=${MVNW:-$ROOT/mvnw}
TOKEN_LIFETIME=${TOKEN_LIFETIME:-PT3H}
STRIDE_HTTP_PORT=${STRIDE_HTTP_PORT:-38080}
STRIDE_MANAGEMENT_PORT=${STRIDE_MANAGEMENT_PORT:-39000}
REF_HTTP_PORT=${REF_HTTP_PORT:-38090}
SCHEMA=stride_compare
KEY_PREFIX=stride-compare:
REF_DB=stride_compare_villains
LIMIT=${LIMIT_PER_MINUTE:-100000000}
WORK=bench/.work/compare
STRIDE_URL="http://127.0.0.1:${STRIDE_HTTP_PORT}"
MANAGEMENT_URL="http://127.0.0.1:${STRIDE_MANAGEMENT_PORT}"
REF_URL="http://127.0.0.1:${REF_HTTP_PORT}"

fail() { echo "compare.sh: $*" >&2; exit 1; }
# shellcheck source=bench/launch.sh
source bench/launch.sh

for tool in wrk psql openssl curl python3 git redis-cli "$STRIDE_JAVA" "$REF_JAVA_HOME/bin/java"; do
  command -v "$tool" >/dev/null || fail "needs $tool (wrk: apt-get install wrk)"
done
for port in "$STRIDE_HTTP_PORT" "$STRIDE_MANAGEMENT_PORT" "$REF_HTTP_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is taken"; fi
done
[ -d "$REF_MIRROR" ] || fail "no mirror of quarkus-super-heroes at $REF_MIRROR (REF_MIRROR)"

rm -rf "$WORK"
mkdir -p "$WORK" bench/results
: > "$WORK/rows.txt"
: > "$WORK/meta.txt"
meta() { echo "$1=$2" >> "$WORK/meta.txt"; }

STRIDE_PID=
REF_PID=
REF_TMP=
stop_pid() { # $1: pid; SIGTERM, then SIGKILL after 30 s
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}
clear_redis() {
  redis-cli -h 127.0.0.1 -p 6379 --scan --pattern "${KEY_PREFIX}*" | xargs -r -n 500 redis-cli -h 127.0.0.1 -p 6379 del > /dev/null
}
cleanup() {
  stop_pid "$STRIDE_PID"
  stop_pid "$REF_PID"
  [ -n "$REF_TMP" ] && rm -rf "$REF_TMP"
  clear_redis 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

meta stamp "$(date -u +%Y-%m-%dT%H%M%SZ)"
meta load_before "$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- Builds ----------------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "Building Stride ..."
  "$MVNW" -o -B -q package -DskipTests || "$MVNW" -B -q package -DskipTests
fi
[ -f "$JAR" ] || fail "no $JAR: build Stride first (without SKIP_BUILD=1)"

echo "Exporting and building the reference ($REF_MODULE at $REF_COMMIT) ..."
git --git-dir="$REF_MIRROR" cat-file -e "${REF_COMMIT}^{commit}" 2>/dev/null || fail "commit $REF_COMMIT is not in $REF_MIRROR"
REF_COMMIT_FULL=$(git --git-dir="$REF_MIRROR" rev-parse "${REF_COMMIT}^{commit}")
REF_TMP=$(mktemp -d /tmp/stride-compare-ref.XXXXXX)
git --git-dir="$REF_MIRROR" archive "$REF_COMMIT_FULL" "$REF_MODULE" | tar -x -C "$REF_TMP"
REF_DIR="$REF_TMP/$REF_MODULE"
python3 bench/compare/pom.py drop-panache-mock "$REF_DIR/pom.xml"
REF_POM_QUARKUS="$(python3 bench/compare/pom.py property "$REF_DIR/pom.xml" quarkus.platform.group-id):$(python3 bench/compare/pom.py property "$REF_DIR/pom.xml" quarkus.platform.version)"
build_reference() { # $1: group:version of the Quarkus BOM and plugin, or empty for the pom's own
  local overrides=()
  [ -n "$1" ] && overrides=("-Dquarkus.platform.group-id=${1%%:*}" "-Dquarkus.platform.version=${1#*:}")
  (cd "$REF_DIR" && JAVA_HOME="$REF_JAVA_HOME" "$MVNW" -B -q package -Dmaven.test.skip=true "${overrides[@]}") \
    > "$WORK/ref-build.log" 2>&1
}
override_text() { # $1: group:version
  echo "\`-Dquarkus.platform.group-id=${1%%:*} -Dquarkus.platform.version=${1#*:}\`, and every test-scoped dependency dropped (the test extensions of its version do not resolve at another)"
}
if [ -n "$REF_QUARKUS" ]; then
  python3 bench/compare/pom.py drop-test-dependencies "$REF_DIR/pom.xml"
  build_reference "$REF_QUARKUS" || fail "the reference did not build with $REF_QUARKUS; see $WORK/ref-build.log"
  meta ref_build "Built with $(override_text "$REF_QUARKUS") (REF_QUARKUS), not at its own ${REF_POM_QUARKUS}."
elif build_reference ""; then
  meta ref_build "Built at its own Quarkus version, ${REF_POM_QUARKUS}: its dependencies resolved, no override."
else
  cp "$WORK/ref-build.log" "$WORK/ref-build-own-version.log"
  why=$(grep -m 1 '^\[ERROR\]' "$WORK/ref-build.log" | tr '|`' '/ ' | cut -c1-600 || true)
  echo "The reference did not build at ${REF_POM_QUARKUS}: $why; retrying with $REF_FALLBACK" >&2
  python3 bench/compare/pom.py drop-test-dependencies "$REF_DIR/pom.xml"
  build_reference "$REF_FALLBACK" || fail "the reference did not build with $REF_FALLBACK either; see $WORK/ref-build.log"
  meta ref_build "Its own Quarkus version, ${REF_POM_QUARKUS}, did not build here (${why:-see ref-build-own-version.log}); built with $(override_text "$REF_FALLBACK")."
fi
REF_JAR="$REF_DIR/target/quarkus-app/quarkus-run.jar"
[ -f "$REF_JAR" ] || fail "the reference's build made no $REF_JAR"
if [ "${REF_BUILD_ONLY:-0}" = 1 ]; then
  grep '^ref_build=' "$WORK/meta.txt"
  exit 0
fi

# ---- Servers ---------------------------------------------------------------------------------------------------
STRIDE_AOT=
if [ "$STRIDE_WAY" = image ]; then
  echo "Writing the image's class cache with $STRIDE_JAVA ..."
  STRIDE_AOT="$ROOT/$WORK/stride-app.aot"
  train_class_cache "$STRIDE_JAVA" "$STRIDE_AOT" "$WORK/stride-aot.log" \
    || fail "no class cache written; see $WORK/stride-aot.log"
fi
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt-private.pem" 2>/dev/null
openssl pkey -in "$WORK/jwt-private.pem" -pubout -out "$WORK/jwt-public.pem"

wait_ready() { # $1: pid, $2: readiness URL, $3: log
  for _ in $(seq 1 240); do
    if curl -fs "$2" >/dev/null 2>&1; then return 0; fi
    kill -0 "$1" 2>/dev/null || fail "the server did not start; see $3"
    sleep 0.5
  done
  fail "the server did not become ready; see $3"
}

start_stride() { # $1: log name, $2: limiter true|false, $3: clean the schema first true|false, $4: more JVM options
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  launch_stride "$WORK/stride-$1.log" "$3" "$2" true \
    STRIDE_REDIS_KEY_PREFIX="${KEY_PREFIX}" \
    STRIDE_JWT_ACCESS_TOKEN_LIFETIME="$TOKEN_LIFETIME" \
    STRIDE_RATE_LIMIT_STORE=redis \
    STRIDE_RATE_LIMIT_POLICIES_CALLER_TIERS_FREE="${LIMIT}" \
    STRIDE_RATE_LIMIT_POLICIES_ACTIVITIES_LIST_TIERS_FREE="${LIMIT}" \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="${STRIDE_HTTP_PORT}" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_MANAGEMENT_PORT="${STRIDE_MANAGEMENT_PORT}" \
    QUARKUS_SHUTDOWN_DELAY=0s \
    "$STRIDE_JAVA" ${STRIDE_AOT:+-XX:AOTCache=$STRIDE_AOT} $JAVA_OPTS ${4:-} -jar "$JAR"
  STRIDE_PID=$!
  wait_ready "$STRIDE_PID" "$MANAGEMENT_URL/q/health/ready" "$WORK/stride-$1.log"
}

start_reference() {
  local otel=()
  [ "$REF_OTEL" = off ] && otel=(QUARKUS_OTEL_SDK_DISABLED=true)
  # shellcheck disable=SC2086 # REF_JAVA_OPTS holds several options
  env "${otel[@]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/${REF_DB}" \
  QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD= \
  QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="${REF_HTTP_PORT}" \
    "$REF_JAVA_HOME/bin/java" $REF_JAVA_OPTS -jar "$REF_JAR" > "$WORK/reference.log" 2>&1 &
  REF_PID=$!
  wait_ready "$REF_PID" "$REF_URL/q/health/ready" "$WORK/reference.log"
}

record_server() { # $1: name in the report, $2: pid, $3: log; after its last load
  meta "$1.rss_kb" "$(awk '/^VmRSS:/ {print $2}' "/proc/$2/status")"
  meta "$1.hwm_kb" "$(awk '/^VmHWM:/ {print $2}' "/proc/$2/status")"
  meta "$1.cmdline" "$(tr '\0' ' ' < "/proc/$2/cmdline" | sed 's/ $//')"
  meta "$1.started" "$(grep -o 'started in [0-9.]*s' "$3" | head -n 1 | grep -o '[0-9.]*[0-9]' || true)"
}

# ---- Load ------------------------------------------------------------------------------------------------------
run_wrk() { # $1: output name, $2: duration, $3: base URL, $4: requests file; wrk's CPU time into $WORK/time-$1.txt
  local out="$WORK/wrk-$1.txt" TIMEFORMAT='%U %S'
  if ! { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s bench/compare/rotate.lua "$3" -- "$4" "$THREADS" \
      > "$out" 2>&1; } 2> "$WORK/time-$1.txt"; then
    cat "$out" >&2
    fail "wrk failed ($1)"
  fi
  if grep -qE 'Non-2xx|Socket errors' "$out"; then
    cat "$out" >&2
    fail "wrk saw errors in $1 (non-2xx responses or socket errors); see $out"
  fi
  grep -q 'Requests/sec' "$out" || fail "no result in $out"
}

measure() { # $1: row key, $2: base URL, $3: requests file, $4: server pid, $5: Stride's metrics URL (or none)
  # Stride's reads: every request of the row once first, so that its warm-up starts with all it reads in the cache
  # (lists and statistics live 2 minutes there, so this is done per row).
  case "$1" in
    stride-*) [ "$PRIME" = 1 ] && python3 bench/compare/prime.py "$STRIDE_HTTP_PORT" "$3" ;;
  esac
  run_wrk "$1-warmup" "$WARMUP" "$2" "$3"
  python3 bench/compare/sample.py "$4" ${5:+"$5"} > "$WORK/sample-$1-before.json"
  run_wrk "$1" "$DURATION" "$2" "$3"
  python3 bench/compare/sample.py "$4" ${5:+"$5"} > "$WORK/sample-$1-after.json"
  echo "$1" >> "$WORK/rows.txt"
  python3 bench/compare/report.py --row "$WORK" "$1"
}

stride_rows() { # $1: on|off
  local who
  for who in single multi; do
    measure "stride-get-$who-$1" "$STRIDE_URL" "$WORK/$who-get.txt" "$STRIDE_PID" "$MANAGEMENT_URL/q/metrics"
    measure "stride-list-$who-$1" "$STRIDE_URL" "$WORK/$who-list.txt" "$STRIDE_PID" "$MANAGEMENT_URL/q/metrics"
    measure "stride-stats-$who-$1" "$STRIDE_URL" "$WORK/$who-stats.txt" "$STRIDE_PID" "$MANAGEMENT_URL/q/metrics"
  done
}

# ---- The run ---------------------------------------------------------------------------------------------------
clear_redis
echo "Seeding Stride: 1 user with $SINGLE_ACTIVITIES activities, $USERS users with $ACTIVITIES_PER_USER each ..."
start_stride seed false true
python3 bench/compare/seed.py --port "$STRIDE_HTTP_PORT" --schema "$SCHEMA" --users "$USERS" \
  --activities "$ACTIVITIES_PER_USER" --ids "$IDS_PER_USER" --single "$SINGLE_ACTIVITIES" --out "$WORK"
stop_pid "$STRIDE_PID"
STRIDE_PID=
printf '/q/health/live\t\n' > "$WORK/ceiling.txt"

echo "Stride, limiter off: the ceiling, then the reads ..."
start_stride limiter-off false false
measure ceiling "$MANAGEMENT_URL" "$WORK/ceiling.txt" "$STRIDE_PID" "$MANAGEMENT_URL/q/metrics"
stride_rows off
record_server stride-off "$STRIDE_PID" "$WORK/stride-limiter-off.log"
stop_pid "$STRIDE_PID"
STRIDE_PID=

echo "Stride, limiter on ..."
jfr_opts=
# The limiter-on server is profiled (JFR's profile settings cost about 1-2% of its throughput): the profile of
# every row it serves goes to bench/results/profile-<time>.md.
[ "$PROFILE" = 1 ] && jfr_opts="-XX:StartFlightRecording=filename=$ROOT/$WORK/stride-limiter-on.jfr,settings=profile,dumponexit=true"
start_stride limiter-on true false "$jfr_opts"
stride_rows on
record_server stride-on "$STRIDE_PID" "$WORK/stride-limiter-on.log"
stop_pid "$STRIDE_PID"
STRIDE_PID=

echo "The reference ..."
PGOPTIONS='--client-min-messages=warning' psql -h 127.0.0.1 -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
  -c "drop database if exists ${REF_DB}" -c "create database ${REF_DB}"
start_reference
ref_ids=$(psql -h 127.0.0.1 -U postgres -d "$REF_DB" -Atc "select id from villain order by id")
[ -n "$ref_ids" ] || fail "the reference loaded no villains"
for id in $ref_ids; do printf '/api/villains/%s\t\n' "$id"; done > "$WORK/reference.txt"
curl -fs "$REF_URL/api/villains/$(head -n 1 <<< "$ref_ids")" > /dev/null || fail "the reference does not answer its first villain"
meta ref_count "$(wc -l <<< "$ref_ids" | tr -d ' ')"
meta ref_ids "$(head -n 1 <<< "$ref_ids") to $(tail -n 1 <<< "$ref_ids")"
measure reference "$REF_URL" "$WORK/reference.txt" "$REF_PID"
record_server ref "$REF_PID" "$WORK/reference.log"
stop_pid "$REF_PID"
REF_PID=

# ---- The report ------------------------------------------------------------------------------------------------
stride_commit=$(git rev-parse HEAD)
meta stride_commit "$stride_commit"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then meta stride_dirty " (with uncommitted changes)"; fi
meta ref_commit "$REF_COMMIT_FULL"
meta ref_java_home "$REF_JAVA_HOME"
if [ "$REF_OTEL" = off ]; then
  meta ref_otel "OpenTelemetry off (\`QUARKUS_OTEL_SDK_DISABLED=true\`, REF_OTEL=off)."
else
  meta ref_otel "as it ships: OpenTelemetry tracing on, its exporter pointing at a collector on localhost:4317 that does not run here (it logs a failed export now and then; REF_OTEL=off disables the SDK), JDBC telemetry on, category io.quarkus.sample.superheroes at DEBUG with the console at INFO."
fi
meta users "$USERS"
meta prime "$PRIME"
meta activities_per_user "$ACTIVITIES_PER_USER"
meta ids_per_user "$IDS_PER_USER"
meta single_activities "$SINGLE_ACTIVITIES"
meta warmup "$WARMUP"
meta duration "$DURATION"
meta threads "$THREADS"
meta connections "$CONNECTIONS"
meta java_opts "$JAVA_OPTS"
meta stride_way "$STRIDE_WAY"
meta ref_java_opts "$REF_JAVA_OPTS"
meta stride_java "$(command -v "$STRIDE_JAVA")"
meta jar "$JAR"
meta schema "$SCHEMA"
meta key_prefix "$KEY_PREFIX"
meta ref_db "$REF_DB"
meta limit "$LIMIT"
meta token_lifetime "$TOKEN_LIFETIME"
meta nproc "$(nproc)"
meta wrk_version "$( (wrk -v 2>&1 || true) | head -n 1 | awk '{print $2}')"
meta work "$WORK"
meta load_after "$(cut -d' ' -f1-3 /proc/loadavg)"

stamp=$(grep -m 1 '^stamp=' "$WORK/meta.txt" | cut -d= -f2)
if [ "$PROFILE" = 1 ]; then
  python3 bench/compare/jfr_top.py "$WORK/stride-limiter-on.jfr" "bench/results/profile-$stamp.md" \
    "Where Stride's CPU went: the limiter-on server over all its rows (compare-$stamp.md)"
  echo "Profile written to bench/results/profile-$stamp.md"
fi
report="bench/results/compare-$stamp.md"
python3 bench/compare/report.py "$WORK" "$report" > /dev/null
cat "$report"
echo "Written to $report"
