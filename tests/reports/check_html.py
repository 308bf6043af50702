#!/usr/bin/env python3
"""Checks `weft report` output without a browser: one offline file whose embedded data matches trace.db."""
# usage: check_html.py WEFT TRACE.db OUT_DIR
import json
import os
import re
import sqlite3
import subprocess
import sys

from checklib import check, done, unpack

weft, db_path, out_dir = sys.argv[1:4]
out = os.path.join(out_dir, os.path.basename(db_path) + ".html")


r = subprocess.run([weft, "report", db_path, "-o", out], capture_output=True, text=True)
check(r.returncode == 0, "weft report exits 0 (%s)" % r.stderr.strip())
page = open(out, encoding="utf-8").read()
check(not re.search(r'<(script|link|img)[^>]+(src|href)=', page), "no external script, stylesheet or image")
check("http://" not in page and "https://" not in page, "no URL in the page (it opens offline)")
check(page.count("<script") == 2 and page.count("</script>") == 2, "exactly the data and the code scripts")
m = re.search(r'<script type="application/json" id="weft-data">(.*?)</script>', page, re.S)
check(m is not None, "the data is in a JSON script element")
data = json.loads(m.group(1))
db = sqlite3.connect(db_path)
q = lambda sql: db.execute(sql).fetchone()[0]
check(data["events"]["n"] == q("SELECT count(*) FROM events"), "every event is in the data")
check(sum(data["events"]["count"]) == data["events"]["n"], "per-thread runs add up to the events")
check(len(data["threads"]) == q("SELECT count(*) FROM threads"), "every thread is in the data")
check(len(data["processes"]) == q("SELECT count(*) FROM processes"), "every process is in the data")
counted = q("SELECT coalesce(sum(count), 0) FROM call_counts")
check(sum(c["count"] for c in data["call_counts"]) == counted, "call counters are in the data (%d calls)" % counted)




ev = {k: (unpack(v) if isinstance(v, str) else v) for k, v in data["events"].items()}
check(all(len(ev[k]) == ev["n"] for k in ("ts", "dur", "call", "fd", "ret", "site", "detail")),
      "every dense column has a value per event")
# Timestamps decode back to the database's (delta encoding within each thread).
i = 0
bad = 0
for tid, n in zip(ev["thread"], ev["count"]):
    t = data["base_ns"]
    rows = db.execute("SELECT ts_ns, dur_ns FROM events WHERE thread_id = ? ORDER BY ts_ns, id", (tid,)).fetchall()
    for k in range(n):
        t += ev["ts"][i]
        bad += (t, ev["dur"][i]) != rows[k]
        i += 1
check(bad == 0, "delta-encoded timestamps and durations decode to trace.db's (%d mismatches)" % bad)
# Sparse columns: (row delta, value) pairs; holders and errnos land on the right rows.
rows = db.execute("SELECT holder_tid, errno, ret FROM events ORDER BY thread_id, ts_ns, id").fetchall()
for name, col in (("holder", 0), ("errno", 1)):
    idx, val = unpack(data["events"][name]["i"]), unpack(data["events"][name]["v"])
    got, r = {}, -1
    for d, v in zip(idx, val):
        r += d
        got[r] = v
    want = {k: row[col] for k, row in enumerate(rows) if row[col] is not None and (col != 1 or row[col] != 0)}
    check(got == want, "sparse column %s decodes to trace.db's (%d values)" % (name, len(want)))
check(ev["ret"] == [r[2] or 0 for r in rows], "return values (negative ones too) decode to trace.db's")
names = [r[0] for r in db.execute("SELECT name FROM threads WHERE name IS NOT NULL")]
hostile = [n for n in names if "<" in n]
for n in hostile:
    check(n not in page, "the raw thread name %r does not appear in the HTML" % n)
    check(n in [t["name"] for t in data["threads"]], "and it decodes intact from the data")
print("%d bytes, %.1f bytes/event" % (len(page.encode()), len(page.encode()) / max(1, data["events"]["n"])))
done()
