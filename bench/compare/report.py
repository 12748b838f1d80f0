"""Turns the measurements of bench/compare.sh into its Markdown report: one row per measured wrk run (requests/s,
p50, p99; the CPU the server, wrk and the rest of the machine used meanwhile; for Stride the cache hit ratio and the
Redis calls that failed, so that a row that did not measure the path it names shows), the ratios that issue 14's
Targets name, what each server was (commit, JVM and flags, start-up, RSS after its load, warnings it logged), and
the machine.

usage: report.py WORK REPORT     the report, from
         WORK/rows.txt                              the measured rows' keys, in the order they ran
         WORK/wrk-KEY.txt                           wrk's output
         WORK/time-KEY.txt                          wrk's user and system CPU seconds
         WORK/sample-KEY-before.json, -after.json   bench/compare/sample.py around the measured run
         WORK/meta.txt                              KEY=VALUE lines written by compare.sh
       report.py --row WORK KEY  one progress line for a row just measured
"""
import json
import os
import re
import subprocess
import sys


def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def row(work, key):
    text = open(os.path.join(work, f"wrk-{key}.txt")).read()
    r = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1)),
         "p50": ms(*re.search(r"^\s+50%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M).groups()),
         "p99": ms(*re.search(r"^\s+99%\s+([\d.]+)(us|ms|s|m)\s*$", text, re.M).groups()),
         "requests": int(re.search(r"(\d+) requests in", text).group(1))}
    before = json.load(open(os.path.join(work, f"sample-{key}-before.json")))
    after = json.load(open(os.path.join(work, f"sample-{key}-after.json")))
    wall = after["time"] - before["time"]
    ticks = after["ticks"]
    user, system = open(os.path.join(work, f"time-{key}.txt")).read().split()
    r["server_cores"] = (after["server"] - before["server"]) / ticks / wall
    r["wrk_cores"] = (float(user) + float(system)) / wall
    r["busy_cores"] = (after["busy"] - before["busy"]) / ticks / wall
    r["rest_cores"] = max(0.0, r["busy_cores"] - r["server_cores"] - r["wrk_cores"])
    r["hit"] = r["redis_errors"] = None
    if "metrics" in after:
        m0, m1 = before["metrics"], after["metrics"]
        hits, misses = m1["hits"] - m0["hits"], m1["misses"] - m0["misses"]
        r["hit"] = hits / (hits + misses) if hits + misses else None
        r["redis_errors"] = (m1["cache_errors"] - m0["cache_errors"]) + (m1["limiter_errors"] - m0["limiter_errors"])
        r["in_memory"] = m0["limiter_in_memory"] + m1["limiter_in_memory"] > 0
    return r


def pct(value):
    return "-" if value is None else f"{100 * value:.1f}%"


if sys.argv[1] == "--row":
    r = row(sys.argv[2], sys.argv[3])
    extra = ""
    if r["redis_errors"] is not None:
        extra = f"   cache hits {pct(r['hit'])}   failed Redis calls {r['redis_errors']:.0f}"
    print(f"  {sys.argv[3]:<24} {r['rps']:>9,.0f} req/s   p50 {r['p50']:7.2f} ms   p99 {r['p99']:7.2f} ms   CPU: "
          f"server {r['server_cores']:.2f}, wrk {r['wrk_cores']:.2f}, rest {r['rest_cores']:.2f}{extra}", flush=True)
    sys.exit(0)

work, report = sys.argv[1:3]
meta = {}
for line in open(os.path.join(work, "meta.txt")):
    if "=" in line:
        key, value = line.rstrip("\n").split("=", 1)
        meta[key] = value
rows = {key: row(work, key) for key in open(os.path.join(work, "rows.txt")).read().split()}

users = meta["users"]
ENDPOINTS = {"get": "cached `GET /api/v1/activities/{id}`", "list": "`GET /api/v1/activities`",
             "stats": "`GET /api/v1/stats?period=week`"}
WHO = {"single": "1", "multi": users}


def describe(key):
    if key == "ceiling":
        return "Stride", "ceiling: `GET /q/health/live` (management port)", "-", "-"
    if key == "reference":
        return "reference", "`GET /api/villains/{id}` (ids rotated)", "-", "-"
    _, endpoint, who, limiter = key.split("-")
    return "Stride", ENDPOINTS[endpoint], WHO[who], limiter


lines = [f"# Stride and the reference side by side ({meta['stamp']})", "",
         f"wrk -t{meta['threads']} -c{meta['connections']} on loopback, each row after a {meta['warmup']} warm-up "
         f"with the same requests, measured for {meta['duration']}; one run per row, in the order shown. "
         f"Rows of {users} users rotate {users} users' bearer tokens and, for `{{id}}`, "
         f"{meta['ids_per_user']} own activity ids per user (user after user); a 1-user row sends one request "
         f"again and again. "
         + ("Before each Stride row's warm-up, each of the row's requests was sent once (bench/compare/prime.py), so "
            "that the warm-up starts with everything the row reads in the cache. " if meta.get("prime") == "1" else "")
         + "Every run had zero non-2xx responses and zero socket errors (the script fails otherwise).", "",
         "CPU columns: cores used during the measured run (the machine has "
         f"{meta['nproc']}) by the server, by wrk, and by the rest of the machine: PostgreSQL, Redis, and anything "
         "else running, so a large rest in a row without database work means the row was disturbed. Cache hits "
         "and failed Redis calls (cache and limiter calls that failed or timed out, so that the database answered or "
         "the limiter counted in memory) are Stride's own counters over the measured run.", "",
         "| # | server | request | users | limiter | requests/s | p50 ms | p99 ms | CPU server | CPU wrk | CPU rest "
         "| cache hits | failed Redis calls |",
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
disturbed = []
for n, (key, r) in enumerate(rows.items(), 1):
    server, what, who, limiter = describe(key)
    errors = "-" if r["redis_errors"] is None else f"{r['redis_errors']:.0f}"
    if r["redis_errors"]:
        disturbed.append(str(n))
    cache = pct(r["hit"]) if key.startswith("stride-") else "-"
    lines.append(f"| {n} | {server} | {what} | {who} | {limiter} | {r['rps']:,.0f} | {r['p50']:.2f} | "
                 f"{r['p99']:.2f} | {r['server_cores']:.2f} | {r['wrk_cores']:.2f} | {r['rest_cores']:.2f} | "
                 f"{cache} | {errors} |")
if disturbed:
    lines += ["", f"**Rows {', '.join(disturbed)} had Redis calls that failed or timed out** (the cache's and the "
                  "limiter's timeouts are 50 ms): part of their requests were answered by the database or counted "
                  "in memory, so they do not measure only the path they name. See the servers' warnings below."]


def rps(key):
    return rows[key]["rps"] if key in rows else None


def ratio_row(name, top, bottom, target=None):
    if top is None or bottom is None:
        return f"| {name} | n/a | {target or '-'} | n/a |"
    value = top / bottom
    if target is None:
        return f"| {name} | {value:.2f}x | - | - |"
    return f"| {name} | {value:.2f}x | >= {target:.2f}x | {'yes' if value >= target else 'no'} |"


lines += ["", "## The ratios of issue 14's Targets", "",
          "| ratio | value | target | met |", "|---|---|---|---|"]
for endpoint in ENDPOINTS:
    lines.append(ratio_row(f"limiter on / off, {users} users, {ENDPOINTS[endpoint]}",
                           rps(f"stride-{endpoint}-multi-on"), rps(f"stride-{endpoint}-multi-off"), 0.90))
lines.append(ratio_row("Stride cached read (JWT, limiter on, cache) / reference, 1 user",
                       rps("stride-get-single-on"), rps("reference"), 1.0))
lines.append(ratio_row(f"Stride cached read (JWT, limiter on, cache) / reference, {users} users",
                       rps("stride-get-multi-on"), rps("reference"), 1.0))
lines.append(ratio_row("Stride cached read (limiter on), 1 user / the ceiling",
                       rps("stride-get-single-on"), rps("ceiling"), 0.5))
lines.append(ratio_row("Stride cached read (limiter off), 1 user / the ceiling (for comparison)",
                       rps("stride-get-single-off"), rps("ceiling")))
lines.append(ratio_row("limiter on / off, 1 user, cached `GET /api/v1/activities/{id}` (for comparison)",
                       rps("stride-get-single-on"), rps("stride-get-single-off")))
for who in ("single", "multi"):
    key = f"stride-get-{who}-on"
    if key in rows:
        p99 = rows[key]["p99"]
        lines.append(f"| p99 of the cached read, limiter on, {WHO[who]} user{'s' if who == 'multi' else ''}, "
                     f"{meta['connections']} connections | {p99:.2f} ms | <= 10 ms | {'yes' if p99 <= 10 else 'no'} |")
for server, name in (("stride-off", "limiter off"), ("stride-on", "limiter on")):
    if f"{server}.rss_kb" in meta:
        rss = int(meta[f"{server}.rss_kb"]) / 1024
        lines.append(f"| RSS of Stride ({name}) after its load, `{meta['java_opts']}` | {rss:.0f} MB | <= 300 MB | "
                     f"{'yes' if rss <= 300 else 'no'} |")
    if meta.get(f"{server}.started"):
        started = float(meta[f"{server}.started"])
        lines.append(f"| start-up of Stride ({name}), \"started in\" | {started:.3f} s | <= 3 s | "
                     f"{'yes' if started <= 3 else 'no'} |")

lines += ["", "## The servers", "",
          "| server | commit | JVM and flags | started in | RSS after its load | peak RSS |",
          "|---|---|---|---|---|---|"]
SERVERS = (("stride-off", "Stride, limiter off (the ceiling and the limiter-off rows)", "stride-limiter-off.log"),
           ("stride-on", "Stride, limiter on", "stride-limiter-on.log"),
           ("ref", "reference: rest-villains", "reference.log"))
for server, name, _ in SERVERS:
    if f"{server}.rss_kb" not in meta:
        continue
    started = meta.get(f"{server}.started") or "?"
    commit = meta["stride_commit"] if server.startswith("stride") else meta["ref_commit"]
    lines.append(f"| {name} | `{commit[:12]}` | `{meta[f'{server}.cmdline']}` | {started} s | "
                 f"{int(meta[f'{server}.rss_kb']) / 1024:.0f} MB | {int(meta[f'{server}.hwm_kb']) / 1024:.0f} MB |")

lines += ["", "Warnings and errors the servers logged (whole run of each server, start-up included):", ""]
for server, name, log in SERVERS:
    path = os.path.join(work, log)
    if not os.path.exists(path):
        continue
    counts = {}
    for line in open(path, errors="replace"):
        if line.startswith("{"):
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if entry.get("level") not in ("WARN", "ERROR", "FATAL"):
                continue
            what = f"{entry['level']} {entry.get('loggerName', '')}: {entry.get('message', '')}"
        elif re.search(r"\b(WARN|WARNING|ERROR)\b", line) and not line.startswith("WARNING: "):
            what = re.sub(r"^\S+ ", "", line.strip())  # the plain format: drop the time
        else:
            continue
        what = re.sub(r"[0-9a-f]{8}-[0-9a-f-]{27}", "<id>", what)[:160]
        counts[what] = counts.get(what, 0) + 1
    if not counts:
        lines.append(f"- {name}: none")
        continue
    lines.append(f"- {name}:")
    for what, count in sorted(counts.items(), key=lambda item: -item[1])[:8]:
        lines.append(f"  - {count} x `{what.replace('`', '')}`")


def version(java):
    try:
        return subprocess.run([java, "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    except OSError:
        return ["(not found)"]


cpu = ""
for line in open("/proc/cpuinfo"):
    if line.startswith("model name"):
        cpu = line.split(":", 1)[1].strip()
        break
lines += ["", "## What was measured, and how", "",
          f"- Stride: `{meta['stride_commit']}`{meta.get('stride_dirty', '')}, the packaged application "
          f"(`{meta['jar']}`) on its production profile: PostgreSQL 127.0.0.1:5432 database `test`, schema "
          f"`{meta['schema']}`; Redis 127.0.0.1:6379, key prefix `{meta['key_prefix']}`; cache on (Redis store). "
          + ("Run as the image runs it (`bootstrap/src/main/docker/Dockerfile.jvm`, STRIDE_WAY=image): on JDK 25 "
             "with the ahead-of-time class cache written by the same training run as the image's (`-XX:AOTCache`). "
             if meta.get('stride_way') == 'image' else "Run with plain `java -jar` (STRIDE_WAY=plain). ")
          + f"JVM options `{meta['java_opts']}` (JAVA_OPTS). Limiter on: `STRIDE_RATE_LIMIT_ENABLED=true`, Redis "
          f"store, and every policy that applies to these requests raised to {int(meta['limit']):,} a minute "
          f"(caller, tier free; activities-list, tier free), so every user stays within its limits and no request "
          f"is refused; off: `STRIDE_RATE_LIMIT_ENABLED=false`. Access tokens live "
          f"`{meta['token_lifetime']}` (`STRIDE_JWT_ACCESS_TOKEN_LIFETIME`), so that the tokens issued when seeding "
          f"outlive the run.",
          f"- Data: one user with {int(meta['single_activities']):,} activities over three years (the 1-user rows: "
          f"its newest activity, its first page, its last 12 weeks), and {users} users with "
          f"{meta['activities_per_user']} activities each over the last 12 weeks (registered through the API with "
          f"bcrypt cost 4 and the limiter off, activities inserted with SQL, then each logged in once).",
          f"- Reference: quarkusio/quarkus-super-heroes `{meta['ref_commit']}`, module `rest-villains`, exported "
          f"with `git archive` from the mirror into a temporary folder and built there with this repository's "
          f"Maven wrapper and the JDK `{meta['ref_java_home']}`; its `quarkus-panache-mock` test dependency "
          f"dropped, so its tests cannot compile and are skipped with `-Dmaven.test.skip=true`. "
          f"{meta['ref_build']}",
          f"- Reference run: its prod profile (Hibernate `drop-and-create`, then its `import.sql`: "
          f"{meta['ref_count']} villains, ids {meta['ref_ids']}) on its own database `{meta['ref_db']}` of the "
          f"same PostgreSQL, JVM options `{meta['ref_java_opts']}` (REF_JAVA_OPTS); {meta['ref_otel']}",
          f"- Load: wrk {meta['wrk_version']}, bench/compare/rotate.lua for every row (the ceiling and the "
          f"1-user rows too, so that the client does the same work per request in every row).",
          f"- Machine: nproc {meta['nproc']}, {cpu}; load average {meta['load_before']} before the run, "
          f"{meta['load_after']} after it.",
          f"- Stride's JVM (`{meta['stride_java']}`): " + " / ".join(version(meta["stride_java"])),
          "- The reference's JVM: " + " / ".join(version(os.path.join(meta["ref_java_home"], "bin", "java"))),
          f"- Raw wrk outputs, samples, server logs and the reference's build log: `{meta['work']}/` (not in git).",
          ""]
text = "\n".join(lines)
open(report, "w").write(text)
print(text)
