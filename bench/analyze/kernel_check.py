#!/usr/bin/env python3
"""Runs a command under weft run while reading /proc/PID/task/TID/schedstat itself (every 2 ms,
the last reading of each thread kept), then compares weft analyze's per-thread running and
runnable with those readings: usage: kernel_check.py WEFT OUT.db -- CMD ARGS..."""
import json, os, subprocess, sys, threading, time

def children(pid):
    try:
        with open("/proc/%d/task/%d/children" % (pid, pid)) as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []

def main():
    weft, db = sys.argv[1], sys.argv[2]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    last = {}  # tid -> (cpu_ns, runq_ns)
    stop = False
    p = subprocess.Popen([weft, "run", "-q", "--force", "-o", db, "--"] + cmd)
    def poll():
        while not stop:
            todo = children(p.pid)
            seen = set()
            while todo:
                pid = todo.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                todo += children(pid)
                try:
                    for tid in os.listdir("/proc/%d/task" % pid):
                        with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                            a, b, _ = f.read().split()
                            last[int(tid)] = (int(a), int(b))
                except OSError:
                    pass
            time.sleep(0.002)
    th = threading.Thread(target=poll)
    th.start()
    p.wait()
    stop = True
    th.join()
    a = json.loads(subprocess.run([weft, "analyze", "--format", "json", db], capture_output=True,
                                  text=True, check=True).stdout)
    rows = []
    for t in a["threads"]:
        k = last.get(t["tid"])
        if not k:
            continue
        rows.append((t["tid"], t["states"]["running"] / 1e6, k[0] / 1e6, t["states"]["runnable"] / 1e6, k[1] / 1e6))
    tw = sum(r[1] for r in rows); tk = sum(r[2] for r in rows)
    rw = sum(r[3] for r in rows); rk = sum(r[4] for r in rows)
    print(json.dumps({"verdict": a["verdict"], "kind": a["verdict_kind"], "threads": len(rows),
                      "cpu_ms_weft": round(tw, 1), "cpu_ms_kernel": round(tk, 1),
                      "runnable_ms_weft": round(rw, 1), "runnable_ms_kernel": round(rk, 1),
                      "per_thread": [[r[0]] + [round(x, 1) for x in r[1:]] for r in rows[:8]],
                      "evidence": a["evidence"][:3]}))

main()
