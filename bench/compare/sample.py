"""One sample for bench/compare.sh, taken right before and right after each measured run, printed as JSON: the
machine's busy and total CPU time (/proc/stat), the server process's CPU time (/proc/PID/stat), and, given Stride's
metrics URL, the sums of its cache and limiter counters (cache hits and misses, Redis calls of the cache and of the
limiter that failed or timed out, and whether the limiter counts in memory). report.py turns two samples into a row's
CPU shares, cache hit ratio and Redis fallbacks.

usage: sample.py PID [METRICS_URL]
"""
import json
import os
import re
import sys
import time
import urllib.request

pid = sys.argv[1]
sample = {"time": time.time()}
with open("/proc/stat") as stat:
    fields = [int(v) for v in stat.readline().split()[1:]]
idle = fields[3] + fields[4]  # idle + iowait
sample["total"] = sum(fields[:8])  # user nice system idle iowait irq softirq steal (guest is inside user)
sample["busy"] = sample["total"] - idle
with open(f"/proc/{pid}/stat") as stat:
    after_name = stat.read().rsplit(")", 1)[1].split()
sample["server"] = int(after_name[11]) + int(after_name[12])  # utime, stime (fields 14 and 15)
sample["ticks"] = os.sysconf("SC_CLK_TCK")

if len(sys.argv) > 2:
    text = urllib.request.urlopen(sys.argv[2], timeout=10).read().decode()
    sums = {"hits": 0.0, "misses": 0.0, "cache_errors": 0.0, "limiter_errors": 0.0, "limiter_in_memory": 0.0}
    for line in text.splitlines():
        match = re.match(r"^([a-z_]+)(\{[^}]*\})?\s+([-+0-9.eE]+|NaN)\s*$", line)
        if not match:
            continue
        name, labels, value = match.group(1), match.group(2) or "", float(match.group(3))
        if name == "cache_gets_total":
            sums["hits" if 'result="hit"' in labels else "misses"] += value
        elif name == "cache_errors_total":
            sums["cache_errors"] += value
        elif name == "ratelimit_store_errors_total":
            sums["limiter_errors"] += value
        elif name == "ratelimit_fallback_active":
            sums["limiter_in_memory"] += value
    sample["metrics"] = sums
print(json.dumps(sample))
