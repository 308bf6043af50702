#!/usr/bin/env python3
"""Checks that report and export refuse bad input with one line, exit 2, and leave no file behind."""
# usage: check_errors.py WEFT GOOD_TRACE.db OUT_DIR
import os
import shutil
import sqlite3
import subprocess
import sys

from checklib import check, done

weft, good, out_dir = sys.argv[1:4]
work = os.path.join(out_dir, "errors")
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)


def run(*args):
    return subprocess.run([weft, *args], capture_output=True, text=True)


corrupt = os.path.join(work, "corrupt.db")
with open(corrupt, "wb") as f:
    f.write(b"this is not a database, just some bytes" * 100)
notweft = os.path.join(work, "other.db")
sqlite3.connect(notweft).execute("CREATE TABLE x (a)").connection.commit()
newer = os.path.join(work, "newer.db")
shutil.copy(good, newer)
c = sqlite3.connect(newer)
c.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
c.execute("PRAGMA user_version = 99")
c.commit()
c.close()
missing = os.path.join(work, "missing.db")

for cmd in (["report"], ["export", "--format", "perfetto"]):
    name = cmd[0]
    for trace, what in ((missing, "missing"), (corrupt, "corrupt"), (notweft, "non-weft"), (newer, "newer-schema")):
        out = os.path.join(work, "%s-%s.out" % (name, what))
        r = run(*cmd, "-o", out, trace)
        lines = r.stderr.strip().splitlines()
        check(r.returncode == 2, "%s of a %s trace exits 2 (got %d)" % (name, what, r.returncode))
        check(len(lines) == 1 and trace in lines[0], "%s says what and where in one line: %s" % (name, lines[:2]))
        check(not os.path.exists(out), "%s leaves no output file" % name)
    # Unwritable output: a directory that does not exist; and an existing file stays as it was.
    r = run(*cmd, "-o", os.path.join(work, "no", "such", "dir", "x.out"), good)
    check(r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, "%s to an unwritable path exits 2 with one line" % name)
    keep = os.path.join(work, "%s-keep.out" % name)
    with open(keep, "w") as f:
        f.write("previous")
    r = run(*cmd, "-o", keep, corrupt)
    check(open(keep).read() == "previous", "%s does not touch an existing output on error" % name)
    # -o naming the trace itself must not destroy it.
    victim = os.path.join(work, "%s-victim.db" % name)
    shutil.copy(good, victim)
    before = open(victim, "rb").read()
    r = run(*cmd, "-o", victim, victim)
    check(r.returncode == 2 and open(victim, "rb").read() == before, "%s refuses to write over its own trace" % name)
    r = run(*cmd, "--bogus", good)
    check(r.returncode == 2 and "--help" in r.stderr, "%s: unknown option exits 2 and points to --help" % name)
    r = run(name, "--help")
    check(r.returncode == 0 and "-o" in r.stdout, "%s --help documents its options" % name)
    r = run(name)
    check(r.returncode == 2, "%s without a trace exits 2" % name)

bad_races = os.path.join(work, "races.json")
with open(bad_races, "w") as f:
    f.write('{"schema": "weft-check/1", "findings": [ {"variable": "x",, } ] }')
out = os.path.join(work, "races.html")
r = run("report", "--races", bad_races, "-o", out, good)
check(r.returncode == 2 and bad_races in r.stderr and not os.path.exists(out), "a broken --races file is refused (%s)" % r.stderr.strip())
left = [f for f in os.listdir(work) if ".tmp." in f]
check(not left, "no temp file left behind (%s)" % left)
done()
