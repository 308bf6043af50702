#!/usr/bin/env python3
"""Checks `weft export --format perfetto` against the trace.db it came from: valid JSON, counts, no overlap."""
# usage: check_perfetto.py WEFT TRACE.db OUT_DIR
import collections
import json
import os
import sqlite3
import subprocess
import sys

from checklib import check, done

weft, db_path, out_dir = sys.argv[1:4]
out = os.path.join(out_dir, os.path.basename(db_path) + ".perfetto.json")


r = subprocess.run([weft, "export", "--format", "perfetto", "-o", out, db_path], capture_output=True, text=True)
check(r.returncode == 0, "weft export exits 0 (%s)" % r.stderr.strip())
with open(out, encoding="utf-8") as f:  # strict: the file must be valid UTF-8
    doc = json.load(f)  # raises, and so fails, on invalid JSON
ev = doc["traceEvents"]
db = sqlite3.connect(db_path)
q = lambda sql: db.execute(sql).fetchone()[0]

meta = [e for e in ev if e["ph"] == "M"]
pnames = [e for e in meta if e["name"] == "process_name"]
# Each thread's state track (weft analyze's segments, check_states.py) is named too.
tnames = [e for e in meta if e["name"] == "thread_name" and "states (weft analyze)" not in e["args"]["name"]]
check(len(pnames) == q("SELECT count(*) FROM processes"), "a process_name per process (%d)" % len(pnames))
check(len(tnames) == q("SELECT count(*) FROM threads"), "a thread_name per thread (%d)" % len(tnames))
check(len({(e["pid"]) for e in pnames}) == len(pnames), "process images get distinct pids (exec keeps the pid)")
check(len({(e["pid"], e["tid"]) for e in tnames}) == len(tnames), "threads get distinct (pid, tid)")
names = {r[0] for r in db.execute("SELECT name FROM threads WHERE name IS NOT NULL")}
shown = " ".join(e["args"]["name"] for e in tnames)
check(all(n in shown for n in names), "thread names survive (escaped JSON decodes to the same text)")

# Every events row is exactly one slice, async slice or instant.
per_event = [e for e in ev if e["ph"] in ("X", "b", "i") and e["cat"] not in ("weft.flow", "coroutine", "weft.state")]
n_events = q("SELECT count(*) FROM events")
check(len(per_event) == n_events, "one trace event per events row (%d vs %d)" % (len(per_event), n_events))
ids = collections.Counter(e["args"]["event_id"] for e in per_event)
check(len(ids) == n_events and max(ids.values(), default=1) == 1, "each event id appears once")
ends = collections.Counter((e["cat"], e["id"]) for e in ev if e["ph"] == "e")
begins = collections.Counter((e["cat"], e["id"]) for e in ev if e["ph"] == "b")
check(ends == begins, "every async begin has its end")
calls = {r[0]: r[1] for r in db.execute("SELECT c.name, count(*) FROM events e JOIN calls c ON c.id = e.call GROUP BY 1")}
got = collections.Counter(e["name"] for e in per_event)
check(dict(got) == calls, "events per call name match trace.db")

# A track per coroutine that ran (async slices named after it).
ran = q("SELECT count(DISTINCT c.id) FROM coroutines c JOIN events e ON e.process_id = c.process_id "
        "AND e.obj2 = c.key JOIN calls k ON k.id = e.call WHERE k.category = 'coro' "
        "AND k.name NOT IN ('makecontext', 'coro_create', 'getcontext', 'coro_exit')")
tracks = {e["id"] for e in ev if e["ph"] == "b" and e["cat"] == "coroutine"}
check(len(tracks) == ran, "a coroutine track per coroutine switched to (%d)" % ran)

# Complete events on one thread never overlap.
by_thread = collections.defaultdict(list)
for e in ev:
    if e["ph"] == "X":
        by_thread[(e["pid"], e["tid"])].append((e["ts"], e["ts"] + e["dur"]))
overlaps = 0
for spans in by_thread.values():
    spans.sort()
    overlaps += sum(1 for a, b in zip(spans, spans[1:]) if b[0] < a[1] - 1e-6)
check(overlaps == 0, "complete slices of a thread never overlap (%d overlaps)" % overlaps)

# ts in microseconds with fractions: compare one event with the database.
if per_event:
    e0 = min(per_event, key=lambda e: e["args"]["event_id"])
    base = doc["otherData"]["base_ns"]
    ts_ns, dur_ns = db.execute("SELECT ts_ns, dur_ns FROM events WHERE id = ?", (e0["args"]["event_id"],)).fetchone()
    check(abs(e0["ts"] - (ts_ns - base) / 1000.0) < 1e-3, "ts is trace-relative microseconds (%r)" % e0["ts"])
    check(any(isinstance(e["ts"], float) and e["ts"] != int(e["ts"]) for e in per_event),
          "timestamps keep sub-microsecond fractions")

# Flow arrows: paired start/finish, at least the thread creations.
s = collections.Counter(e["id"] for e in ev if e["ph"] == "s")
f = collections.Counter(e["id"] for e in ev if e["ph"] == "f")
check(s == f, "every flow start has its finish (%d flows)" % len(s))
created = q("SELECT count(*) FROM threads t WHERE creator_tid IS NOT NULL AND EXISTS "
            "(SELECT 1 FROM threads c WHERE c.process_id = t.process_id AND c.tid = t.creator_tid)")
n_create = sum(1 for e in ev if e["ph"] == "s" and e["name"] == "thread create")
check(n_create == created, "a flow per created thread (%d)" % n_create)
held = q("SELECT count(*) FROM events e WHERE holder_tid IS NOT NULL AND EXISTS "
         "(SELECT 1 FROM threads h WHERE h.process_id = e.process_id AND h.tid = e.holder_tid)")
check(sum(1 for e in ev if e["ph"] == "s" and e["name"] == "lock handoff") == held, "a flow per lock wait with a known holder")
done()
