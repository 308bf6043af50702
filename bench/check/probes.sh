#!/usr/bin/env bash
# Scores weft check on the labelled probe programs under bench/check/probes/ (written for
# weft by reviewers who did not write the analysis, from their own knowledge of concurrent C:
# no benchmark suite's files): probes.sh [WEFT] [DIR...].
# A file's truth is its name: racy_*.c and min_racy_*.c race, free_*.c and min_free_*.c do not
# (each says why in its first comment). Prints one line per wrong claim and a table per
# directory: racy found definite / possible / unknown / claimed race-free, race-free proved /
# possible / unknown / claimed definite, and the competition score (+2 proved, +1 definite
# race, -16 wrong definite, -32 wrong race-free). Exit status 0; it measures, it does not gate.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
weft=${1:-$here/../../build/bin/weft}
shift || true
dirs=("$@")
[ ${#dirs[@]} -eq 0 ] && dirs=("$here"/probes/*/)
exec python3 - "$weft" "${dirs[@]}" <<'PY'
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
weft, dirs = sys.argv[1], sys.argv[2:]

def answer(path):
    r = subprocess.run([weft, "check", "--no-cache", "--no-progress", "-j", "1", "--format", "json", path, "--", "-w"],
                       capture_output=True, text=True, timeout=120)
    try:
        d = json.loads(r.stdout)
    except ValueError:
        return "unknown", "no report: " + (r.stderr.strip().splitlines() or ["?"])[0]
    fs = d.get("findings", [])
    definite = [f for f in fs if f.get("certainty") == "definite"]
    if definite:
        f = definite[0]
        return "definite", f"{f['variable']}:{f['line']}"
    if fs:
        return "possible", fs[0].get("reason", "")
    return ("race-free" if d.get("verdict") == "race-free" else "unknown"), ""

print("| probes | racy: definite / possible / unknown / race-free (wrong) | race-free: proved / possible / "
      "unknown / definite (wrong) | score |")
print("| --- | --- | --- | --- |")
rows = []
for d in dirs:
    files = sorted(f for f in os.listdir(d) if f.endswith(".c"))
    with ThreadPoolExecutor(2) as ex:
        res = list(ex.map(lambda f: (f, answer(os.path.join(d, f))), files))
    racy = {"definite": 0, "possible": 0, "unknown": 0, "race-free": 0}
    free = {"race-free": 0, "possible": 0, "unknown": 0, "definite": 0}
    score = 0
    for f, (ans, why) in res:
        is_racy = f.startswith("racy_") or f.startswith("min_racy")
        (racy if is_racy else free)[ans] += 1
        score += {("racy", "definite"): 1, ("racy", "race-free"): -32, ("free", "race-free"): 2,
                  ("free", "definite"): -16}.get(("racy" if is_racy else "free", ans), 0)
        if (is_racy and ans == "race-free") or (not is_racy and ans == "definite"):
            rows.append(f"wrong {'race-free' if is_racy else 'definite'}: {os.path.join(os.path.basename(os.path.normpath(d)), f)} {why}")
    name = os.path.basename(os.path.normpath(d))
    print(f"| {name} ({len(files)}) | {racy['definite']} / {racy['possible']} / {racy['unknown']} / {racy['race-free']} "
          f"| {free['race-free']} / {free['possible']} / {free['unknown']} / {free['definite']} | {score} |")
for r in rows:
    print(r)
PY
