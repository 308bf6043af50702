#!/usr/bin/env bash
# Scores weft check on public, labelled concurrent C test corpora as verification competitions
# score: corpora.sh [--goblint DIR] [--tsan DIR] [--valgrind DIR] [--weft BIN] [--out DIR] [-j N].
#   --goblint   a goblint/analyzer checkout (tests/regression, programs including pthread.h)
#   --tsan      a compiler-rt checkout (test/tsan/*.c), or an llvm-project one
#   --valgrind  a valgrind checkout (helgrind/tests/tc*.c, drd/tests/*.c)
# Each program is checked on its own; weft's answer is 'race' (some finding: 'definite', or
# 'possible' when every finding says "certainty": "possible"; a finding without the field is
# definite), 'race-free' (exit 0, no finding, "complete": true) or 'unknown' (incomplete, only
# possible findings, error, timeout). The truth comes from the corpus's own labels
# (bench/check/labels.py documents each rule). Score: +2 race-free proved, +1 race found
# (definite), -16 definite race claimed in a race-free program, -32 race-free claimed of a racy
# one, 0 unknown. Writes OUT/CORPUS.tsv (program, truth, answer, first finding, label
# evidence) and OUT/CORPUS.skipped.tsv (program, reason). The checkouts are only read.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$here" "$@" <<'PY'
import argparse, json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor
here = sys.argv[1]
sys.path.insert(0, here)
import labels

ap = argparse.ArgumentParser(prog="corpora.sh")
ap.add_argument("--goblint"); ap.add_argument("--tsan"); ap.add_argument("--valgrind")
ap.add_argument("--weft", default=os.path.join(here, "..", "..", "build", "bin", "weft"))
ap.add_argument("--out"); ap.add_argument("-j", type=int, default=2)
ap.add_argument("--timeout", type=int, default=120)
a = ap.parse_args(sys.argv[2:])
out = a.out or tempfile.mkdtemp(prefix="weft-corpora-")
os.makedirs(out, exist_ok=True)
if not (a.goblint or a.tsan or a.valgrind):
    sys.exit("corpora.sh: give at least one of --goblint, --tsan, --valgrind")

def run(p):
    cmd = [a.weft, "check", "--no-cache", "--no-progress", "-j", "1", "--format", "json", p["path"], "--",
           *p["flags"], "-w", "-Wno-error", "-ferror-limit=0"]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=a.timeout)
    except subprocess.TimeoutExpired:
        return p, "unknown", "timeout", ""
    try:
        res = json.loads(r.stdout)
    except ValueError:
        return p, "unknown", "error: " + ((r.stderr.strip().splitlines() or ["no output"])[0])[:150], ""
    fs = res.get("findings", [])
    if r.returncode == 2 or res.get("errors"):
        d = (res.get("diagnostics") or [r.stderr.strip() or "exit 2"])[0]
        if not fs:
            return p, "unknown", "error: " + d[:150], ""
    if fs:
        definite = [f for f in fs if f.get("certainty", "definite") != "possible"]
        f = (definite or fs)[0]
        first = f"{os.path.basename(f['file'])}:{f['line']} {f['variable']}" + (f" ({f['reason']})" if f.get("reason") else "")
        return p, "race-definite" if definite else "race-possible", f"{len(definite)} definite, {len(fs) - len(definite)} possible", first
    if r.returncode == 0 and res.get("complete"):
        return p, "race-free", "", ""
    return p, "unknown", "incomplete: " + "; ".join(res.get("incomplete_reasons") or [f"exit {r.returncode}"])[:150], ""

corpora = []
if a.goblint: corpora.append(("goblint", lambda: labels.goblint(os.path.abspath(a.goblint))))
if a.tsan: corpora.append(("tsan", lambda: labels.tsan(os.path.abspath(a.tsan))))
if a.valgrind: corpora.append(("valgrind", lambda: labels.valgrind(os.path.abspath(a.valgrind), out)))

hdr = ("| corpus | programs (racy / race-free) | skipped | racy found: definite / possible | race-free proved "
       "| wrong definite race | wrong race-free | unknown (error, incomplete, possible only) | score (max) |")
rows = [hdr, "| " + " | ".join(["---"] * 9) + " |"]
notes = []
for name, read in corpora:
    progs, skipped = read()
    with ThreadPoolExecutor(max(1, a.j)) as ex:
        results = list(ex.map(run, progs))
    c = dict(racy=0, free=0, found_def=0, found_pos=0, proved=0, wrong_def=0, wrong_free=0, unk=0, err=0, inc=0, pos_only=0, pos_in_free=0)
    with open(os.path.join(out, f"{name}.tsv"), "w") as f:
        f.write("program\ttruth\tanswer\tfirst finding\tdetail\tlabel evidence\n")
        for p, ans, detail, first in results:
            racy = p["truth"] == "racy"
            c["racy" if racy else "free"] += 1
            if ans == "race-definite":
                c["found_def" if racy else "wrong_def"] += 1
            elif ans == "race-possible":
                c["found_pos" if racy else "pos_in_free"] += 1
                c["unk"] += 1; c["pos_only"] += 1
            elif ans == "race-free":
                c["proved" if not racy else "wrong_free"] += 1
            else:
                c["unk"] += 1
                c["err" if detail.startswith(("error", "timeout")) else "inc"] += 1
            f.write(f"{p['rel']}\t{p['truth']}\t{ans}\t{first}\t{detail}\t{p['why']}\n")
    with open(os.path.join(out, f"{name}.skipped.tsv"), "w") as f:
        f.write("program\treason\n")
        for rel, why in skipped:
            f.write(f"{rel}\t{why}\n")
    score = 2 * c["proved"] + c["found_def"] - 16 * c["wrong_def"] - 32 * c["wrong_free"]
    rows.append(f"| {name} | {len(progs)} ({c['racy']} / {c['free']}) | {len(skipped)} | {c['found_def']} / {c['found_pos']} of {c['racy']} "
                f"| {c['proved']} of {c['free']} | {c['wrong_def']} | {c['wrong_free']} "
                f"| {c['unk']} ({c['err']}, {c['inc']}, {c['pos_only']}) | {score} ({c['racy'] + 2 * c['free']}) |")
    weak = sum(1 for p, ans, _, _ in results if p.get("weak") and ans == "race-free")
    if weak:
        notes.append(f"{name}: {weak} of the {c['wrong_free']} wrong race-free claims are on programs labelled racy only by "
                     f"'RACE' lines without '!' ({sum(1 for p in progs if p.get('weak'))} such programs)")
    notes.append(f"{name}: {c['pos_in_free']} race-free programs with only possible findings (unknown, 0 points)")
print("\n".join(rows + notes))
print(f"details: {out}/CORPUS.tsv (per program) and CORPUS.skipped.tsv")
PY
