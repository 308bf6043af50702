#!/usr/bin/env bash
# Measures weft check against Goblint's annotated race tests: goblint.sh GOBLINT_CHECKOUT [WEFT] [OUT_DIR].
# Runs weft check on every tests/regression program that includes pthread.h and scores the
# '// RACE!' (must be reported) and '// NORACE' (must not be) line annotations, reading them as
# Goblint's own runner (scripts/update_suite.rb) does: a code line whose comment says RACE (with
# or without '!') expects a race, so a program with one is not race-free; programs whose first
# line says SKIP are not run. Goblint's files are only read from the checkout given; nothing of
# theirs is copied into this repository.
set -euo pipefail
src=${1:?usage: goblint.sh GOBLINT_CHECKOUT [WEFT] [OUT_DIR]}
here=$(cd "$(dirname "$0")" && pwd)
weft=${2:-$here/../../build/bin/weft}
out=${3:-$(mktemp -d)}
mkdir -p "$out"
exec python3 - "$src" "$weft" "$out" "$here" <<'PY'
import json, os, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
src, weft, out, here = sys.argv[1:5]
sys.path.insert(0, here)
from labels import goblint_files, goblint_expects_race as expects_race, G_RACE as RACE, G_NORACE as NORACE
reg = os.path.join(src, "tests", "regression")
inc = os.path.join(src, "lib", "goblint", "runtime", "include")  # goblint.h: declarations of __goblint_check & co.
progs, not_run = goblint_files(src)  # the reading of the annotations is in labels.py

def run(item):
    path, text = item
    cmd = [weft, "check", "--no-cache", "--no-progress", "-j", "1", "--format", "json", path, "--",
           "-I", inc, "-I", os.path.dirname(path), "-w", "-Wno-error", "-ferror-limit=0"]
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return path, text, p.returncode, p.stdout, p.stderr

tot = dict(race_lines=0, race_hit=0, norace_lines=0, norace_hit=0, race_progs=0, race_progs_hit=0,
           free_progs=0, free_progs_hit=0, skipped=0, analyzed=0)
missed, false_pos, skipped, flagged_free = [], [], [], []
with ThreadPoolExecutor(os.cpu_count() or 2) as ex:
    for path, text, rc, so, se in ex.map(run, progs):
        rel = os.path.relpath(path, reg)
        if rc == 2 or not so.strip():
            tot["skipped"] += 1
            skipped.append((rel, (se.strip().splitlines() or ["?"])[0]))
            continue
        tot["analyzed"] += 1
        res = json.loads(so)
        base = os.path.basename(path)
        reported = set()
        for f in res["findings"]:
            for a in [f] + f["accesses"]:
                if os.path.basename(a["file"]) == base:
                    reported.add(a["line"])
        race = [i + 1 for i, l in enumerate(text.splitlines()) if RACE.search(l)]
        norace = [i + 1 for i, l in enumerate(text.splitlines()) if NORACE.search(l)]
        tot["race_lines"] += len(race)
        tot["race_hit"] += sum(l in reported for l in race)
        tot["norace_lines"] += len(norace)
        tot["norace_hit"] += sum(l in reported for l in norace)
        for l in race:
            if l not in reported:
                missed.append(f"{rel}:{l}")
        for l in norace:
            if l in reported:
                false_pos.append(f"{rel}:{l}")
        if race:
            tot["race_progs"] += 1
            tot["race_progs_hit"] += bool(res["findings"])
        elif norace and not any(expects_race(l) for l in text.splitlines()):
            tot["free_progs"] += 1
            tot["free_progs_hit"] += bool(res["findings"])
            if res["findings"]:
                flagged_free.append(rel)
pct = lambda a, b: f"{100.0 * a / b:.1f}%" if b else "n/a"
print(f"programs including pthread.h: {len(progs) + len(not_run)}, not run {len(not_run)} (first line says SKIP), "
      f"analyzed {tot['analyzed']}, skipped {tot['skipped']} (did not parse)")
print(f"RACE! lines reported:    {tot['race_hit']}/{tot['race_lines']} ({pct(tot['race_hit'], tot['race_lines'])})")
print(f"NORACE lines reported:   {tot['norace_hit']}/{tot['norace_lines']} ({pct(tot['norace_hit'], tot['norace_lines'])})")
print(f"RACE! programs flagged:  {tot['race_progs_hit']}/{tot['race_progs']} ({pct(tot['race_progs_hit'], tot['race_progs'])})")
print(f"race-free programs flagged (NORACE, no RACE line): {tot['free_progs_hit']}/{tot['free_progs']} ({pct(tot['free_progs_hit'], tot['free_progs'])})")
with open(os.path.join(out, "missed.txt"), "w") as f:
    f.write("\n".join(missed) + "\n")
with open(os.path.join(out, "false_positives.txt"), "w") as f:
    f.write("\n".join(false_pos) + "\n")
with open(os.path.join(out, "flagged_race_free.txt"), "w") as f:
    f.write("\n".join(sorted(flagged_free)) + "\n")
with open(os.path.join(out, "skipped.txt"), "w") as f:
    f.write("\n".join(f"{a}: {b}" for a, b in skipped) + "\n")
print(f"details: {out}/missed.txt, false_positives.txt, flagged_race_free.txt, skipped.txt")
PY
