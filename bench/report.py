"""Turns the benchmark scripts' result lines ("label rps p50 p99", label = "<endpoint key>-<on|off>") into a
Markdown report: a row per endpoint and mode, then the on/off throughput ratio and the p99 difference.

usage: report.py RESULTS REPORT TITLE SWITCH KEY=NAME [KEY=NAME ...]
"""
import sys

results, report, title, switch = sys.argv[1:5]
names = dict(pair.split("=", 1) for pair in sys.argv[5:])
rows = {}
for line in open(results):
    label, rps, p50, p99 = line.split()
    rows[label] = (float(rps), float(p50), float(p99))
lines = [f"# {title}", "", f"| endpoint | {switch} | requests/s | p50 ms | p99 ms |", "|---|---|---|---|---|"]
for key, name in names.items():
    for mode in ("on", "off"):
        rps, p50, p99 = rows[f"{key}-{mode}"]
        lines.append(f"| {name} | {mode} | {rps:.0f} | {p50:.2f} | {p99:.2f} |")
lines += ["", "| endpoint | throughput on/off | p99 on - off (ms) |", "|---|---|---|"]
for key, name in names.items():
    on, off = rows[f"{key}-on"], rows[f"{key}-off"]
    lines.append(f"| {name} | {on[0] / off[0]:.2f}x | {on[2] - off[2]:+.2f} |")
text = "\n".join(lines) + "\n"
open(report, "w").write(text)
print(text)
