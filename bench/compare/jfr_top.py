#!/usr/bin/env python3
"""Where a JFR recording's CPU samples went: the hottest methods (own time and with callees), by thread kind.

    python3 bench/compare/jfr_top.py RECORDING.jfr OUT.md "title"

Reads `jfr print --events jdk.ExecutionSample` (the JDK's own tool) and counts each sample's top frame (own time)
and every distinct frame on its stack (inclusive time). Frames of the JDK's and the platform's internals are shown
as they are: the point is to see what a request costs, wherever it is spent.
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+([\w$.<>]+)\(")
THREAD = re.compile(r'sampledThread = "([^"]*)"')


def kind(thread):
    if thread.startswith("vert.x-eventloop"):
        return "event loop"
    if thread.startswith("executor-thread"):
        return "worker"
    return "other"


def main():
    recording, out, title = sys.argv[1], sys.argv[2], sys.argv[3]
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", recording],
                          check=True, capture_output=True, text=True).stdout
    own, inclusive, kinds = collections.Counter(), collections.Counter(), collections.Counter()
    samples = 0
    for event in text.split("jdk.ExecutionSample {")[1:]:
        thread = THREAD.search(event)
        frames = [m.group(1) for m in (FRAME.match(line) for line in event.splitlines()) if m]
        if not frames:
            continue
        samples += 1
        kinds[kind(thread.group(1) if thread else "")] += 1
        own[frames[0]] += 1
        for frame in set(frames):
            inclusive[frame] += 1
    lines = [f"# {title}", "", f"{samples} CPU samples (JFR `jdk.ExecutionSample`, profile settings).", "",
             "| threads | samples | share |", "|---|---|---|"]
    for name, count in kinds.most_common():
        lines.append(f"| {name} | {count} | {100 * count / max(samples, 1):.1f}% |")
    lines += ["", "## Hottest methods, own time", "", "| method | samples | share |", "|---|---|---|"]
    for frame, count in own.most_common(30):
        lines.append(f"| `{frame}` | {count} | {100 * count / max(samples, 1):.1f}% |")
    lines += ["", "## Stride's own methods, with what they call", "", "| method | samples | share |", "|---|---|---|"]
    for frame, count in [(f, c) for f, c in inclusive.most_common() if f.startswith("dev.stride.")][:30]:
        lines.append(f"| `{frame}` | {count} | {100 * count / max(samples, 1):.1f}% |")
    lines += ["", "## Everything, with what it calls (top 40)", "", "| method | samples | share |", "|---|---|---|"]
    for frame, count in inclusive.most_common(40):
        lines.append(f"| `{frame}` | {count} | {100 * count / max(samples, 1):.1f}% |")
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
