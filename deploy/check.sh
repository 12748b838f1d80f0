#!/usr/bin/env bash
# Offline checks of the deployment material. Run from anywhere: bash deploy/check.sh
# Installs what is missing (promtool from Debian's prometheus package, the npm packages of deploy/package.json),
# then checks the Prometheus config, alert rules and their unit tests, the PrometheusRule copy of the alerts, the
# Grafana provisioning and dashboards, the kustomize renders and their strict schema validation.
# One line per check; exits non-zero if any check fails.
set -uo pipefail

DEPLOY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$DEPLOY"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
FAILED=0

check() { # check "name" command...
  local name="$1"; shift
  if "$@" >"$WORK/out" 2>&1; then
    printf 'ok    %s\n' "$name"
  else
    printf 'FAIL  %s\n' "$name"
    sed 's/^/      /' "$WORK/out" | tail -n 40
    FAILED=1
  fi
}

# ---- tools --------------------------------------------------------------------------------------------------
if ! command -v promtool >/dev/null 2>&1; then
  echo "installing promtool (Debian package prometheus)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends prometheus >/dev/null \
    || { echo "FAIL  apt-get install prometheus"; exit 1; }
  # The package may start a server (port 9090) and node exporter (9100); only promtool is wanted here.
  for svc in prometheus prometheus-node-exporter; do service "$svc" stop >/dev/null 2>&1 || true; done
fi
for tool in kubectl node npm python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "FAIL  $tool is not installed"; exit 1; }
done
# python3 with PyYAML: the one on PATH, else Debian's (python3-yaml).
PY=python3
if ! "$PY" -c 'import yaml' 2>/dev/null; then
  PY=/usr/bin/python3
  if ! "$PY" -c 'import yaml' 2>/dev/null; then
    echo "installing PyYAML (Debian package python3-yaml)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-yaml >/dev/null 2>&1 \
      || { echo "FAIL  apt-get install python3-yaml"; exit 1; }
  fi
fi
# npm packages pinned by package-lock.json; reinstalled when the lock file changes.
if ! cmp -s package-lock.json node_modules/.stride-package-lock.json 2>/dev/null; then
  echo "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >"$WORK/npm" 2>&1 || { cat "$WORK/npm"; echo "FAIL  npm ci"; exit 1; }
  cp package-lock.json node_modules/.stride-package-lock.json
fi

# ---- Prometheus ---------------------------------------------------------------------------------------------
check "promtool check config prometheus/prometheus.yml" promtool check config prometheus/prometheus.yml
check "promtool check rules prometheus/alerts.yml" promtool check rules prometheus/alerts.yml
check "promtool test rules prometheus/tests/*.yml" promtool test rules prometheus/tests/*.yml
check "alert exprs have the form '<expression> <comparison> <scalar>'" "$PY" prometheus/rules_tool.py form
check "every alert has a firing and a quiet unit test" "$PY" prometheus/rules_tool.py tested
check "PrometheusRule spec.groups == alerts.yml groups" "$PY" prometheus/rules_tool.py same

# Every bool-rewritten alert expr and every dashboard expr must parse: written as recording rules for promtool.
exprs_as_rules() {
  "$PY" - "$@" <<'EOF'
import json, subprocess, sys, yaml
rules = []
for line in subprocess.run([sys.executable, "prometheus/rules_tool.py", "bool"], capture_output=True, text=True,
                           check=True).stdout.splitlines():
    name, expr = line.split("\t", 1)
    rules.append({"record": f"bool:{name}", "expr": expr})
for path in sys.argv[1:]:
    for panel in json.load(open(path))["panels"]:
        for t in panel.get("targets", []):
            rules.append({"record": f"dashboard:{panel['id']}:{t['refId']}", "expr": t["expr"]})
yaml.safe_dump({"groups": [{"name": "exprs", "rules": rules}]}, sys.stdout, width=10000)
EOF
}
check_exprs() {
  exprs_as_rules grafana/dashboards/*.json >"$WORK/exprs.yml" && promtool check rules "$WORK/exprs.yml"
}
check "bool-rewritten alert exprs and dashboard exprs are valid PromQL" check_exprs

# ---- Grafana ------------------------------------------------------------------------------------------------
check_dashboards() {
  "$PY" - <<'EOF'
import glob, json, sys, yaml
ds = yaml.safe_load(open("grafana/provisioning/datasources/prometheus.yml"))
uids = {d["uid"] for d in ds["datasources"]}
prov = yaml.safe_load(open("grafana/provisioning/dashboards/stride.yml"))
assert prov["providers"][0]["options"]["path"], "dashboard provider without a path"
errors, seen, count = [], set(), 0
files = sorted(glob.glob("grafana/dashboards/*.json"))
for name in ("http", "cache", "business", "jvm"):
    if f"grafana/dashboards/{name}.json" not in files:
        errors.append(f"grafana/dashboards/{name}.json missing")
for path in files:
    try:
        d = json.load(open(path))
    except ValueError as e:
        errors.append(f"{path}: not JSON: {e}"); continue
    if not d.get("uid") or d["uid"] in seen:
        errors.append(f"{path}: missing or duplicate uid")
    seen.add(d.get("uid"))
    if not d.get("panels"):
        errors.append(f"{path}: no panels")
    for p in d.get("panels", []):
        where = f"{path}: panel {p.get('title')!r}"
        if p.get("type") not in ("timeseries", "stat", "gauge", "table", "bargauge", "row", "text"):
            errors.append(f"{where}: unexpected type {p.get('type')}")
        if p.get("type") in ("row", "text"):
            continue
        if not p.get("targets"):
            errors.append(f"{where}: no targets")
        for t in [p] + p.get("targets", []):
            uid = (t.get("datasource") or {}).get("uid")
            if uid not in uids:
                errors.append(f"{where}: datasource uid {uid!r} not provisioned ({sorted(uids)})")
        for t in p.get("targets", []):
            count += 1
            e = t.get("expr", "")
            if not e.strip():
                errors.append(f"{where}: target {t.get('refId')} without expr")
            if "$" in e:
                errors.append(f"{where}: template variable in expr: {e}")
if errors:
    sys.exit("\n".join(errors))
print(f"{len(files)} dashboards, {count} targets")
EOF
}
check "Grafana dashboards: JSON, uids, datasource uid provisioned, every target has an expr" check_dashboards

# ---- Kubernetes ---------------------------------------------------------------------------------------------
check "kubectl kustomize k8s/base" bash -c "kubectl kustomize k8s/base > '$WORK/base.yaml'"
check "kubectl kustomize k8s/overlays/production" \
  bash -c "kubectl kustomize k8s/overlays/production > '$WORK/production.yaml'"
check "strict schema validation of base (kubernetes-models + TypeScript)" node k8s/validate.mjs "$WORK/base.yaml"
check "strict schema validation of production overlay" node k8s/validate.mjs "$WORK/production.yaml"

if [ "$FAILED" -ne 0 ]; then
  echo "deploy/check.sh: FAILED"
  exit 1
fi
echo "deploy/check.sh: all checks passed"
