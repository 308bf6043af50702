#!/usr/bin/env python3
"""Checks that the HTML page and the Perfetto export draw exactly the per-thread state times weft analyze counts."""
# usage: check_states.py WEFT TRACE_DB OUT_DIR
import collections
import json
import os
import re
import subprocess
import sys

from checklib import check, done, unpack

weft, db_path, out_dir = sys.argv[1:4]
os.makedirs(out_dir, exist_ok=True)
stem = os.path.join(out_dir, os.path.basename(db_path) + ".states")

r = subprocess.run([weft, "analyze", "--format", "json", db_path], capture_output=True, text=True)
check(r.returncode == 0, "weft analyze --format json exits 0 (%s)" % r.stderr.strip())
analysis = json.loads(r.stdout)
want = {t["id"]: {k: v for k, v in t["states"].items() if v} for t in analysis["threads"]}
names = list(analysis["threads"][0]["states"]) if analysis["threads"] else []




def compare(got, what):
    """got: thread id -> state -> ns.  Exact: both are the analysis's integers."""
    bad = [(t, want.get(t), got.get(t)) for t in set(want) | set(got)
           if want.get(t, {}) != got.get(t, {}) and (want.get(t) or got.get(t))]
    check(not bad, "%s: per-thread state times equal weft analyze's for %d threads%s"
          % (what, len(want), (" (first difference: thread %r analyze %r drawn %r)" % bad[0]) if bad else ""))


# The page: its "states" segments, summed per thread and state.
html = stem + ".html"
r = subprocess.run([weft, "report", db_path, "-o", html], capture_output=True, text=True)
check(r.returncode == 0, "weft report exits 0 (%s)" % r.stderr.strip())
page = open(html, encoding="utf-8").read()
data = json.loads(re.search(r'<script type="application/json" id="weft-data">(.*?)</script>', page, re.S).group(1))
st = data["states"]
check(st is not None and st["names"] == names, "the page names the states as analyze does (%r)" % (st and st["names"]))
seg = unpack(st["seg"])
got, i, gaps = {}, 0, 0
for tid, start, n in zip(st["thread"], st["start"], st["count"]):
    sums = collections.Counter()
    for k in range(n):
        sums[st["names"][seg[i] % 16]] += seg[i] // 16
        i += 1
    got[tid] = dict(sums)
check(i == len(seg), "segment runs add up to the segments (%d)" % len(seg))
compare(got, "page")
# Segments cover each thread's analyzed lifetime, end to end.
life = {t["id"]: sum(t["states"].values()) for t in analysis["threads"]}
check(all(sum(got[t].values()) == life[t] for t in got), "each thread's segments cover its lifetime")
check(len(st["event_state"]) % st["nfd"] == 0, "the event-state table is calls x fd kinds")

# The Perfetto export: slices on each thread's state track.
pf = stem + ".perfetto.json"
r = subprocess.run([weft, "export", "--format", "perfetto", "-o", pf, db_path], capture_output=True, text=True)
check(r.returncode == 0, "weft export exits 0 (%s)" % r.stderr.strip())
doc = json.load(open(pf, encoding="utf-8"))
got = collections.defaultdict(collections.Counter)
for e in doc["traceEvents"]:
    if e.get("cat") == "weft.state":
        # ts and dur are microseconds with exactly three decimals: integer ns back.
        got[e["tid"] - 200000000][e["name"]] += round(e["dur"] * 1000)
compare({t: dict(c) for t, c in got.items()}, "perfetto")
done()
