#!/usr/bin/env python3
"""Runs weft check on every annotated case: each '// RACE' line must be reported, no '// NORACE' line may be.

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


def marks(path):
    race, norace = set(), set()
    with open(path) as f:
        for n, line in enumerate(f, 1):
            if NORACE.search(line):
                norace.add(n)
            elif RACE.search(line):
                race.add(n)
    return race, norace


def extra_args(path):
    with open(path) as f:
        for line in f.readlines()[:3]:
            m = re.match(r"//\s*ARGS:\s*(.*)", line)
            if m:
                return shlex.split(m.group(1))
    return []


def run(weft, args, cwd):
    p = subprocess.run([weft, "check", "--no-cache", "--no-progress", "--format", "json"] + args,
                       cwd=cwd, capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"exit {p.returncode}: {p.stderr.strip()}")
    return p.returncode, json.loads(p.stdout)


def reported(result):
    """(basename, line) of every warning and note."""
    out = set()
    for f in result["findings"]:
        out.add((os.path.basename(f["file"]), f["line"]))
        for a in f["accesses"]:
            out.add((os.path.basename(a["file"]), a["line"]))
    return out


def check(name, files, rc, result):
    got = reported(result)
    errors = []
    any_race = False
    for path in files:
        race, norace = marks(path)
        any_race |= bool(race)
        base = os.path.basename(path)
        for n in sorted(race):
            if (base, n) not in got:
                errors.append(f"{path}:{n}: RACE line not reported")
        for n in sorted(norace):
            if (base, n) in got:
                errors.append(f"{path}:{n}: NORACE line reported")
    if rc != (1 if any_race else 0):
        errors.append(f"{name}: exit status {rc}, expected {1 if any_race else 0}")
    if not result["complete"]:
        errors.append(f"{name}: analysis incomplete: {result['incomplete_reasons']}")
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
