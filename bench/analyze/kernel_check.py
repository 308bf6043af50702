#!/usr/bin/env python3
"""Runs a command under weft run while reading /proc/PID/task/TID/schedstat itself (every 2 ms,
the last reading of each thread kept) and /usr/bin/time -v, then compares weft analyze's
per-thread running and runnable with those readings (tests/common/kernel.py); one JSON line.
usage: kernel_check.py WEFT OUT.db -- CMD ARGS...  (all the programs at once: kernel_table.py)"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "common"))
from kernel import measure, compare  # noqa: E402


def main():
    weft, db = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    m = measure(weft, db, cmd)
    if m["analysis"] is None:
        sys.exit("weft analyze %s failed" % db)
    r = compare(m)
    r["per_thread"] = [[t["tid"], t["name"], round(t["states"]["running"] / 1e6, 1),
                        round(m["kernel"].get(t["tid"], (0, 0))[0] / 1e6, 1),
                        round(t["states"]["runnable"] / 1e6, 1),
                        round(m["kernel"].get(t["tid"], (0, 0))[1] / 1e6, 1)] for t in m["analysis"]["threads"][:8]]
    r["evidence"] = r["evidence"][:3]
    print(json.dumps({k: (round(v, 1) if isinstance(v, float) else v) for k, v in r.items()}))


main()
