#!/usr/bin/env python3
"""Runs weft check on every annotated case: each '// RACE' line must be reported, no '// NORACE' line may be.

A '// RACE (definite)' line must be in a definite finding, a '// RACE (possible)' line only in
possible ones. A case whose text says '// INCOMPLETE' must be reported incomplete (and so
exits 3 where it reports no race). A case
with a RACE line exits 1 (some definite race) or 3 (possible races only);
one without exits 0 (proved race-free).

usage: check_cases.py WEFT CASES_DIR [CASE...]
A case's first lines may hold '// ARGS: ...' with extra weft check options. A directory
holding several .c files is one program, checked through a generated compile_commands.json.
"""
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

RACE = re.compile(r"//\s*RACE\b")
NORACE = re.compile(r"//\s*NORACE\b")
CERTAINTY = re.compile(r"//\s*RACE\s*\((definite|possible)\)")


def marks(path):
    race, norace, sure = set(), set(), {}
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if NORACE.search(line):
                norace.add(n)
            elif RACE.search(line):
                race.add(n)
                m = CERTAINTY.search(line)
                if m:
                    sure[n] = m.group(1)
    return race, norace, sure


def extra_args(path):
    with open(path) as f:
        for line in f.readlines()[:3]:
            m = re.match(r"//\s*ARGS:\s*(.*)", line)
            if m:
                return shlex.split(m.group(1))
    return []


def run(weft, args, cwd):
    # --type-matches: the cases test everything the analysis finds, races matched by type too.
    p = subprocess.run([weft, "check", "--no-cache", "--no-progress", "--type-matches", "--format", "json"] + args,
                       cwd=cwd, capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1, 3):
        raise RuntimeError(f"exit {p.returncode}: {p.stderr.strip()}")
    return p.returncode, json.loads(p.stdout)


def reported(result):
    """{(basename, line): set of certainties} of every warning and note."""
    out = {}
    for f in result["findings"]:
        places = {(os.path.basename(f["file"]), f["line"])}
        places |= {(os.path.basename(a["file"]), a["line"]) for a in f["accesses"]}
        for p in places:
            out.setdefault(p, set()).add(f["certainty"])
    return out


def check(name, files, rc, result):
    got = reported(result)
    errors = []
    any_race = False
    definite = any(f["certainty"] == "definite" for f in result["findings"])
    for path in files:
        race, norace, sure = marks(path)
        any_race |= bool(race)
        base = os.path.basename(path)
        for n in sorted(race):
            if (base, n) not in got:
                errors.append(f"{path}:{n}: RACE line not reported")
            elif sure.get(n) == "definite" and "definite" not in got[(base, n)]:
                errors.append(f"{path}:{n}: RACE (definite) line only in possible findings")
            elif sure.get(n) == "possible" and "definite" in got[(base, n)]:
                errors.append(f"{path}:{n}: RACE (possible) line in a definite finding")
        for n in sorted(norace):
            if (base, n) in got:
                errors.append(f"{path}:{n}: NORACE line reported")
    incomplete = any("// INCOMPLETE" in open(path).read() for path in files)
    # (an incomplete analysis proves nothing: 3 where it reports no race)
    want = (1 if definite else 3) if any_race else 3 if incomplete else 0
    if rc != want:
        errors.append(f"{name}: exit status {rc}, expected {want}")
    if not result["complete"] and not incomplete:
        errors.append(f"{name}: analysis incomplete: {result['incomplete_reasons']}")
    if result["complete"] and incomplete:
        errors.append(f"{name}: analysis complete, the case says it cannot be")
    return errors


def main():
    weft, cases = sys.argv[1], os.path.abspath(sys.argv[2])
    only = set(sys.argv[3:])
    failures, ran = [], 0
    for entry in sorted(os.listdir(cases)):
        if only and entry not in only:
            continue
        path = os.path.join(cases, entry)
        try:
            if entry.endswith(".c"):
                rc, res = run(weft, extra_args(path) + [entry], cases)
                failures += check(entry, [path], rc, res)
            elif os.path.isdir(path):
                srcs = sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".c"))
                with tempfile.TemporaryDirectory() as build:
                    db = [{"directory": path, "file": s,
                           "command": f"cc -I{path} -O2 -c {s} -o {os.path.basename(s)}.o"} for s in srcs]
                    with open(os.path.join(build, "compile_commands.json"), "w") as f:
                        json.dump(db, f)
                    rc, res = run(weft, ["-p", build], path)
                if res["translation_units"] != len(srcs):
                    failures.append(f"{entry}: {res['translation_units']} TUs, expected {len(srcs)}")
                failures += check(entry, srcs, rc, res)
            else:
                continue
            ran += 1
        except Exception as e:  # a crash or bad output fails this case, the others still run
            failures.append(f"{entry}: {e}")
    for f in failures:
        print(f)
    print(f"{ran} cases, {len(failures)} failures")
    return 1 if failures or not ran else 0


if __name__ == "__main__":
    sys.exit(main())
