#!/usr/bin/env bash
# Webhook delivery under load: the packaged application on its production profile (local PostgreSQL and Redis),
# the default worker pool (4), one subscription to a local receiver (bench/webhook-receiver.mjs), wrk creating
# activities on loopback. Measures
#   1. writes/s and write p50/p99 with a healthy receiver, then deliveries/s (all events of that run, first arrival
#      to last) and commit-to-receiver latency p50/p99 (arrival minus the change's time);
#   2. write p50/p99 while the receiver takes requests and never answers (DEAD seconds, default 60): the writes must
#      not notice (target: p99 within 10% of the healthy run). Both write runs pace each connection (WRITE_DELAY_MS
#      between requests), so they offer the same load: unpaced, the healthy run would be slower only because the
#      workers share the two cores while delivering, and the comparison would measure that;
#   3. the pool's capacity: BACKLOG pending deliveries put straight into the outbox while the service is stopped,
#      then the time from its start until the receiver has them all.
# Results go to bench/results/webhooks-<time>.md.
#
#   bash bench/webhooks.sh                       # build, then measure (about 3 minutes)
#   SKIP_BUILD=1 DURATION=20s DEAD=60 bash bench/webhooks.sh
#
# Needs what bench/run.sh needs, and node.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=bench/lib.sh
source bench/lib.sh
command -v node >/dev/null || { echo "bench/webhooks.sh needs node" >&2; exit 1; }

DEAD=${DEAD:-60}
WRITERS=${WRITERS:-8}
WRITE_DELAY_MS=${WRITE_DELAY_MS:-25}
BACKLOG=${BACKLOG:-20000}
RECEIVER_PORT=${RECEIVER_PORT:-18090}
RECEIVER="http://127.0.0.1:${RECEIVER_PORT}"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
ensure_keys

node bench/webhook-receiver.mjs "$RECEIVER_PORT" &
RECEIVER_PID=$!
trap 'stop_app; kill $RECEIVER_PID 2>/dev/null || true' EXIT

# Receivers on loopback; no rate limits, so the service is what is measured.
export STRIDE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
start_app on true
curl -fs -X POST "$BASE/auth/register" -H 'Content-Type: application/json' \
  -d '{"email":"bench@example.com","password":"bench password 1"}' > /dev/null
TOKEN=$(login)
curl -fs -X POST "$BASE/webhooks" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"url\":\"${RECEIVER}/hook\",\"events\":[\"activity.created\"]}" > /dev/null

cat > "$WORK/create.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"activityType":"running","durationMinutes":30,"distanceKm":5.2,"activityDate":"2026-01-15","tags":["bench"]}'
LUA
cat "$WORK/create.lua" > "$WORK/create-paced.lua"
echo "function delay() return ${WRITE_DELAY_MS} end" >> "$WORK/create-paced.lua"

writes() { # $1: label, $2: duration, $3: script; prints "label rps p50 p99"
  local out
  out=$(wrk -t"$THREADS" -c"$WRITERS" -d"$2" --latency -s "$3" -H "Authorization: Bearer $TOKEN" \
    "$BASE/activities")
  echo "$out" > "$WORK/wrk-$1.txt"
  if echo "$out" | grep -q "Non-2xx"; then
    echo "wrk saw errors; see $WORK/wrk-$1.txt" >&2
    exit 1
  fi
  python3 - "$1" "$WORK/wrk-$1.txt" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
p50 = ms(*re.search(r"\s50%\s+([\d.]+)(us|ms|s)", text).groups())
p99 = ms(*re.search(r"\s99%\s+([\d.]+)(us|ms|s)", text).groups())
print(f"{sys.argv[1]} {rps:.0f} {p50:.2f} {p99:.2f}")
PY
}

created() {
  psql -h 127.0.0.1 -U postgres -d test -Atc "select count(*) from ${SCHEMA}.activities"
}

await_deliveries() { # $1: how many the receiver must have
  for _ in $(seq 1 600); do
    [ "$(curl -fs "$RECEIVER/stats" | json '["count"]')" -ge "$1" ] && return 0
    sleep 0.5
  done
  echo "the receiver got fewer than $1 deliveries in 5 minutes" >&2
  exit 1
}

echo "Warming up for $WARMUP ..."
writes warmup "$WARMUP" "$WORK/create.lua" > /dev/null
before=$(created)
await_deliveries "$before"
curl -fs -X POST "$RECEIVER/reset"

echo "Writing for $DURATION with a healthy receiver ..."
healthy=$(writes healthy "$DURATION" "$WORK/create-paced.lua")
events=$(( $(created) - before ))
echo "Waiting for the $events deliveries ..."
await_deliveries "$events"
stats=$(curl -fs "$RECEIVER/stats")

echo "Writing for ${DEAD}s while the receiver never answers ..."
curl -fs -X POST "$RECEIVER/dead"
dead=$(writes dead "${DEAD}s" "$WORK/create-paced.lua")
curl -fs -X POST "$RECEIVER/alive"

echo "Capacity: $BACKLOG deliveries put into the outbox of the stopped service ..."
stop_app
psql -h 127.0.0.1 -U postgres -d test -q -v ON_ERROR_STOP=1 <<SQL
insert into ${SCHEMA}.webhook_deliveries (id, subscription_id, owner_id, event_type, payload, request_id, status,
                                          attempts, next_attempt_at, created_at)
select gen_random_uuid(), d.subscription_id, d.owner_id, d.event_type, d.payload, 'bench-backlog', 'pending', 0,
       now(), now()
from (select * from ${SCHEMA}.webhook_deliveries limit 1) d, generate_series(1, ${BACKLOG});
-- what the dead run left waiting is due now too: it all counts
update ${SCHEMA}.webhook_deliveries set next_attempt_at = now(), claimed_by = null, lease_until = null
where status = 'pending';
SQL
pending=$(psql -h 127.0.0.1 -U postgres -d test -Atc \
  "select count(*) from ${SCHEMA}.webhook_deliveries where status = 'pending'")
curl -fs -X POST "$RECEIVER/reset"
start_app on false
await_deliveries "$pending"
capacity=$(curl -fs "$RECEIVER/stats")

stamp=$(date -u +%Y-%m-%dT%H%M%SZ)
report="bench/results/webhooks-${stamp}.md"
python3 - "$healthy" "$dead" "$stats" "$events" "$report" "$DURATION" "$DEAD" "$WRITERS" "$capacity" \
  "$WRITE_DELAY_MS" <<'PY'
import json, sys
healthy, dead, stats, events, report, duration, dead_s, writers, capacity, delay = sys.argv[1:]
h = healthy.split(); d = dead.split(); s = json.loads(stats); c = json.loads(capacity)
def per_second(stats):
    span = (stats["lastAt"] - stats["firstAt"]) / 1000 if stats["count"] > 1 else 0
    return stats["count"] / span if span > 0 else float("nan")
ratio = float(d[3]) / float(h[3])
lines = [
    "# Webhook delivery (bench/webhooks.sh)",
    "",
    f"Packaged service, production profile (PostgreSQL, Redis), 4 delivery workers, one subscription to a local",
    f"receiver; wrk creating activities with {writers} connections on loopback, each pausing {delay} ms between",
    f"requests (the same offered load in both write runs), {duration} per healthy run.",
    "",
    "| what | value |",
    "|---|---|",
    f"| writes with a healthy receiver | {h[1]} req/s, p50 {h[2]} ms, p99 {h[3]} ms |",
    f"| events written / delivered / distinct webhook-ids | {events} / {s['count']} / {s['unique']} |",
    f"| deliveries per second while writing (they keep up with the writes) | {per_second(s):.0f} |",
    f"| commit-to-receiver latency | p50 {s['p50']} ms, p99 {s['p99']} ms, max {s['max']} ms |",
    f"| writes while the receiver never answers ({dead_s} s) | {d[1]} req/s, p50 {d[2]} ms, p99 {d[3]} ms |",
    f"| write p99, dead receiver / healthy | {ratio:.2f} (target at most 1.10) |",
    f"| pool capacity: a backlog of {c['count']} delivered (first arrival to last) | {per_second(c):.0f} deliveries/s |",
    "",
]
open(report, "w").write("\n".join(lines))
print("\n".join(lines))
PY
echo "Written to $report"
