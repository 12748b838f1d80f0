#!/usr/bin/env python3
"""Checks on deploy/prometheus/alerts.yml and its Kubernetes copy (python3 + PyYAML; used by deploy/check.sh).

  rules_tool.py sync     write deploy/k8s/base/prometheusrule.yaml from alerts.yml
  rules_tool.py same     fail unless the PrometheusRule's spec.groups equals alerts.yml's groups
  rules_tool.py form     fail unless every alert expr is `<expression> <comparison> <scalar>` at the top level
                         (no top-level and/or/unless) and has severity, summary, description and `for`
  rules_tool.py tested   fail unless every alert has a firing and a quiet case in deploy/prometheus/tests/*.yml
  rules_tool.py bool     print each alert's expr with its last top-level comparison made a `bool` one
"""
import glob
import os
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ALERTS = os.path.join(HERE, "alerts.yml")
RULE = os.path.join(HERE, "..", "k8s", "base", "prometheusrule.yaml")
TESTS = os.path.join(HERE, "tests")

HEADER = """\
# GENERATED from deploy/prometheus/alerts.yml by `python3 deploy/prometheus/rules_tool.py sync`: edit alerts.yml,
# then run that command. deploy/check.sh fails when spec.groups differs from alerts.yml's groups.
# The Prometheus Operator loads it when its Prometheus' ruleSelector (and ruleNamespaceSelector) match: add the
# label your installation selects on (kube-prometheus-stack: release=<its release name>) in an overlay.
"""


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def alerts():
    for group in load(ALERTS)["groups"]:
        for rule in group["rules"]:
            if "alert" in rule:
                yield rule


class Block(str):
    pass


def _block(dumper, data):
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style="|" if "\n" in data else None)


def sync():
    groups = load(ALERTS)["groups"]

    def blockify(x):
        if isinstance(x, dict):
            return {k: blockify(v) for k, v in x.items()}
        if isinstance(x, list):
            return [blockify(v) for v in x]
        if isinstance(x, str) and "\n" in x:
            return Block(x)
        return x

    doc = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {"name": "stride"},
        "spec": {"groups": blockify(groups)},
    }
    yaml.add_representer(Block, _block)
    with open(RULE, "w", encoding="utf-8") as f:
        f.write(HEADER)
        yaml.dump(doc, f, sort_keys=False, width=10000, allow_unicode=True)
    print(f"wrote {os.path.relpath(RULE)}")


def same():
    want = load(ALERTS)["groups"]
    rule = load(RULE)
    if rule.get("kind") != "PrometheusRule":
        sys.exit(f"{RULE}: not a PrometheusRule")
    got = rule["spec"]["groups"]
    if got != want:
        sys.exit("PrometheusRule spec.groups differs from alerts.yml groups: run "
                 "`python3 deploy/prometheus/rules_tool.py sync`")
    print(f"PrometheusRule spec.groups == alerts.yml groups ({sum(len(g['rules']) for g in want)} rules)")


COMPARISON = re.compile(r"(==|!=|>=|<=|>|<)")
NUMBER = r"[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?"


def top_level(expr):
    """The expr with everything inside parentheses, brackets, braces and quotes blanked out."""
    out, depth, quote = [], 0, None
    for ch in expr:
        if quote:
            out.append(" ")
            if ch == quote:
                quote = None
            continue
        if ch in "\"'`":
            quote = ch
            out.append(" ")
        elif ch in "([{":
            depth += 1
            out.append(" ")
        elif ch in ")]}":
            depth -= 1
            out.append(" ")
        else:
            out.append(ch if depth == 0 else " ")
    return "".join(out)


def last_comparison(expr):
    flat = top_level(expr)
    matches = list(COMPARISON.finditer(flat))
    return matches[-1] if matches else None


def form():
    errors = []
    for rule in alerts():
        name, expr = rule["alert"], " ".join(rule["expr"].split())
        flat = top_level(expr)
        if re.search(r"\b(and|or|unless)\b", flat):
            errors.append(f"{name}: top-level and/or/unless")
        m = last_comparison(expr)
        if not m or not re.fullmatch(r"\s*" + NUMBER + r"\s*", expr[m.end():]):
            errors.append(f"{name}: does not end in `<comparison> <scalar>` at the top level")
        elif re.match(r"\s*bool\b", expr[m.end():]):
            errors.append(f"{name}: the top-level comparison is already a bool one")
        if "for" not in rule:
            errors.append(f"{name}: no `for`")
        if "severity" not in rule.get("labels", {}):
            errors.append(f"{name}: no severity label")
        for key in ("summary", "description"):
            if key not in rule.get("annotations", {}):
                errors.append(f"{name}: no {key} annotation")
    if errors:
        sys.exit("\n".join(errors))
    print(f"every alert expr is `<expression> <comparison> <scalar>` with severity, summary, description, for")


def tested():
    firing, quiet = set(), set()
    for path in sorted(glob.glob(os.path.join(TESTS, "*.yml"))):
        for test in load(path).get("tests", []):
            for case in test.get("alert_rule_test", []):
                (firing if case.get("exp_alerts") else quiet).add(case["alertname"])
    errors = []
    for rule in alerts():
        name = rule["alert"]
        if name not in firing:
            errors.append(f"{name}: no unit test where it fires")
        if name not in quiet:
            errors.append(f"{name}: no unit test where it stays quiet")
    if errors:
        sys.exit("\n".join(errors))
    print(f"every alert has a firing and a quiet unit test")


def as_bool():
    for rule in alerts():
        expr = " ".join(rule["expr"].split())
        m = last_comparison(expr)
        print(f"{rule['alert']}\t{expr[:m.end()]} bool{expr[m.end():]}")


if __name__ == "__main__":
    commands = {"sync": sync, "same": same, "form": form, "tested": tested, "bool": as_bool}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]]()
