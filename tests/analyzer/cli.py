#!/usr/bin/env python3
"""Checks `weft analyze` as a user meets it: exit codes, one-line errors, --help, -o, JSON.

usage: cli.py --weft WEFT --schema tracer/collector/schema.sql --work DIR
"""
import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def analyze(weft, *args):
    return subprocess.run([weft, "analyze"] + list(args), capture_output=True, text=True)


def expect_error(weft, path, needle):
    p = analyze(weft, path)
    lines = p.stderr.strip().splitlines()
    if p.returncode != 2 or len(lines) != 1 or needle not in lines[0] or path not in lines[0]:
        fail("weft analyze %s: exit %d, stderr %r; expected exit 2 and one line with %r"
             % (path, p.returncode, p.stderr, needle))
    if p.stdout:
        fail("an error must not print a report: %r" % p.stdout)


# Version 2 stored every column in an events table (schema 3 narrowed it: event_rows,
# event_details and a view named events with the old columns).
V2_EVENTS = """
DROP VIEW events_named; DROP TRIGGER events_insert; DROP VIEW events;
DROP TABLE event_details; DROP TABLE event_rows;
CREATE TABLE events (
    id INTEGER PRIMARY KEY, ts_ns INTEGER NOT NULL, dur_ns INTEGER NOT NULL,
    process_id INTEGER NOT NULL, pid INTEGER NOT NULL, tid INTEGER NOT NULL,
    thread_id INTEGER NOT NULL, coroutine_id INTEGER, call INTEGER NOT NULL, fd_kind INTEGER,
    obj INTEGER, obj2 INTEGER, ret INTEGER, errno INTEGER, holder_tid INTEGER, site_id INTEGER, detail TEXT);
CREATE INDEX events_thread_ts ON events(thread_id, ts_ns);
PRAGMA user_version = 2;
"""


def make_trace(schema, path, complete=True, version=None, v2=False):
    if os.path.exists(path):
        os.unlink(path)
    db = sqlite3.connect(path)
    db.executescript(open(schema).read())
    if v2:
        db.executescript(V2_EVENTS)
    db.execute("INSERT INTO meta VALUES ('complete', ?), ('ncpus', '2')", ("1" if complete else "0",))
    if not complete:
        db.execute("INSERT INTO meta VALUES ('incomplete_reason', 'weft was killed')")
    db.execute("INSERT INTO processes (id, pid, start_ns, end_ns) VALUES (1, 10, 0, 1000000)")
    db.execute("INSERT INTO threads (id, process_id, pid, tid, start_ns, end_ns, cpu_ns) "
               "VALUES (1, 1, 10, 10, 0, 1000000, 100000)")
    db.execute("INSERT INTO events (ts_ns, dur_ns, process_id, pid, tid, thread_id, call, fd_kind, obj, ret) "
               "VALUES (100000, 800000, 1, 10, 10, 1, 49, 0, 0, 0)")
    if version:
        db.execute("PRAGMA user_version = %d" % version)
    db.commit()
    db.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    weft = a.weft
    work = os.path.join(a.work, "analyzer-cli")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)

    h = analyze(weft, "--help")
    for opt in ("--format", "-o", "--compact", "--help", "Exit codes"):
        if h.returncode != 0 or opt not in h.stdout:
            fail("--help must exit 0 and document %s" % opt)
    if analyze(weft).returncode != 2 or analyze(weft, "--format", "xml", "x.db").returncode != 2:
        fail("usage errors exit 2")

    expect_error(weft, os.path.join(work, "missing.db"), "No such file")
    text = os.path.join(work, "notes.txt")
    open(text, "w").write("not a database, just some words that fill a header\n")
    expect_error(weft, text, "not a SQLite database")
    other = os.path.join(work, "other.db")
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE t (x)")
    db.commit()
    db.close()
    expect_error(weft, other, "not a weft trace")
    newer = os.path.join(work, "newer.db")
    make_trace(a.schema, newer, version=4)
    expect_error(weft, newer, "schema version 4 is newer than this weft (3); upgrade weft")

    partial = os.path.join(work, "partial.db")
    make_trace(a.schema, partial, complete=False)
    p = analyze(weft, partial)
    if p.returncode != 0 or "incomplete trace: weft was killed" not in p.stderr:
        fail("an incomplete trace is analyzed (exit 0) with a warning on stderr: %d %r" % (p.returncode, p.stderr))
    if not p.stdout.splitlines()[1].startswith("WARNING: incomplete trace"):
        fail("the warning comes first in the report: %r" % p.stdout[:200])

    good = os.path.join(work, "good.db")
    make_trace(a.schema, good)
    out = os.path.join(work, "out.json")
    p = analyze(weft, "--format", "json", "-o", out, good)
    if p.returncode != 0 or p.stdout:
        fail("-o writes the file, not stdout: %d %r" % (p.returncode, p.stdout))
    j = json.load(open(out))
    if j["schema"] != "weft-analysis/1" or j["verdict"] != "idle" or j["trace"] != good:
        fail("unexpected JSON head: %s" % {k: j[k] for k in ("schema", "verdict", "trace")})
    t = j["threads"][0]
    if t["states"]["sleep"] != 800000 or sum(t["states"].values()) != t["end_ns"] - t["start_ns"]:
        fail("thread states: %s" % t["states"])
    # A version 2 trace (every column in the events table) reads the same.
    old = os.path.join(work, "v2.db")
    make_trace(a.schema, old, v2=True)
    out2 = os.path.join(work, "out2.json")
    p = analyze(weft, "--format", "json", "-o", out2, old)
    j2 = json.load(open(out2)) if p.returncode == 0 else {}
    if p.returncode != 0 or j2.get("threads") != j["threads"] or j2.get("verdict") != j["verdict"]:
        fail("a version 2 trace is analyzed as its version 3 copy: %d %r" % (p.returncode, p.stderr))
    if [f for f in os.listdir(work) if ".tmp" in f]:
        fail("temporary files left behind: %s" % os.listdir(work))
    p = analyze(weft, "--format", "json", "-o", os.path.join(work, "no", "such", "dir.json"), good)
    if p.returncode != 2 or "writing" not in p.stderr:
        fail("an unwritable -o exits 2 with one line: %d %r" % (p.returncode, p.stderr))
    shutil.rmtree(work, ignore_errors=True)
    print("PASS")


if __name__ == "__main__":
    main()
