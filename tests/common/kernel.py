"""The kernel's own numbers for a command traced by `weft run`, read from outside weft: every
traced thread's /proc/PID/task/TID/schedstat polled every 2 ms (the last reading of each thread
kept), the machine's /proc/stat before and after, and `/usr/bin/time -v`'s totals for the
command and the children it waited for; beside them `weft analyze --format json`'s figures.
Shared by bench/analyze/kernel_table.py and tests/analyzer/integration.py."""
import json
import os
import re
import subprocess
import threading
import time

# Two python3 workloads (python3 -c CODE [PORT]).
PY_CPU = """
import threading
def spin():
    x = 0
    for i in range(3000000):
        x += i
ts = [threading.Thread(target=spin) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
"""
# I/O-ish: four threads each fetch 10 pages from examples/downloader/serve.py (untraced, on
# 127.0.0.1, 50 ms per request): the threads wait on the network most of their life.
PY_IO = """
import sys, threading, urllib.request
def fetch(n):
    for i in range(10):
        urllib.request.urlopen("http://127.0.0.1:%s/page/%d" % (sys.argv[1], n)).read()
ts = [threading.Thread(target=fetch, args=(i,)) for i in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
"""


def _children(pid):
    """The children of every thread of process PID (each task lists its own)."""
    kids = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                kids += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return kids


def _machine():
    """(busy, total) jiffies of all CPUs from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]  # idle + iowait
    total = sum(v[:8])  # guest time is already in user
    return total - idle, total


def _time_v(path):
    """user, sys and wall seconds of a `/usr/bin/time -v -o PATH` report."""
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line.startswith("User time (seconds):"):
                out["user"] = float(line.split(":")[1])
            elif line.startswith("System time (seconds):"):
                out["sys"] = float(line.split(":")[1])
            elif line.startswith("Elapsed (wall clock) time"):
                parts = [float(x) for x in re.split(r"[:]", line.rsplit(" ", 1)[1])]
                wall = 0.0
                for p in parts:
                    wall = wall * 60 + p
                out["wall"] = wall
    return out


def measure(weft, db, cmd, during=None, cwd=None, env=None, weft_args=()):
    """Traces CMD (under /usr/bin/time -v) with `weft run -o DB` while polling the kernel.
    DURING, if given, is called once the command started (with the weft run Popen) and must make
    it end (a load generator then a shutdown). Returns a dict: kernel {tid: (cpu_ns, runq_ns)},
    time {user, sys, wall} (seconds), machine_busy (share of all CPUs busy while the command ran),
    analysis (weft analyze's JSON), returncode."""
    timefile = db + ".time"
    last = {}
    stop = []
    span = []  # /proc/stat when the command was first and last seen alive
    p = subprocess.Popen([weft, "run", "-q", "--force", "-o", db] + list(weft_args) +
                         ["--", "/usr/bin/time", "-v", "-o", timefile] + list(cmd),
                         cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def poll():
        while not stop:
            todo, seen = _children(p.pid), set()
            if todo:
                span[1:] = [_machine()] if span else [_machine(), _machine()]
            while todo:
                pid = todo.pop()
                if pid in seen:
                    continue
                seen.add(pid)
                todo += _children(pid)
                try:
                    for tid in os.listdir("/proc/%d/task" % pid):
                        with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                            c, r, _ = f.read().split()
                            last[int(tid)] = (int(c), int(r))
                except (OSError, ValueError):
                    pass
            time.sleep(0.002)
    th = threading.Thread(target=poll)
    th.start()
    try:
        if during:
            during(p)
        p.wait(timeout=600)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
        stop.append(1)
        th.join()
    busy = (span[1][0] - span[0][0]) / max(1, span[1][1] - span[0][1]) if span else 0.0
    a = subprocess.run([weft, "analyze", "--format", "json", db], capture_output=True, text=True)
    return {"kernel": last, "time": _time_v(timefile) if os.path.exists(timefile) else {},
            "machine_busy": busy, "returncode": p.returncode,
            "analysis": json.loads(a.stdout) if a.returncode == 0 else None}


def compare(m, min_ns=50e6):
    """weft against the kernel for one measure(): sums over the threads both saw, weft's running
    summed over all traced threads against time's user+sys, and the worst per-thread gap among
    threads the kernel counted at least MIN_NS on a CPU or runnable."""
    a, k = m["analysis"], m["kernel"]
    row = {"verdict": a["verdict"], "kind": a["verdict_kind"], "threads": len(a["threads"]),
           "matched": 0, "cpu_weft": 0.0, "cpu_kernel": 0.0, "runq_weft": 0.0, "runq_kernel": 0.0,
           "cpu_all_weft": sum(t["states"]["running"] for t in a["threads"]) / 1e6,
           "time_cpu": 1e3 * (m["time"].get("user", 0) + m["time"].get("sys", 0)),
           "time_wall": 1e3 * m["time"].get("wall", 0), "worst": 0.0, "worst_tid": None,
           "big": 0, "machine_busy_kernel": m["machine_busy"],
           "machine_busy_weft": a["machine"]["busy_share"] if a["machine"] else None,
           "others_weft": a["machine"]["others_share"] if a["machine"] else None,
           "evidence": a["evidence"]}
    # A thread that calls exec is one kernel thread and, for weft, one thread per program image:
    # compare the kernel's count with the sum over the images.
    per_tid = {}
    for t in a["threads"]:
        w = per_tid.setdefault(t["tid"], [0, 0])
        w[0] += t["states"]["running"]
        w[1] += t["states"]["runnable"]
    for tid, (w, wr) in per_tid.items():
        if tid not in k:
            continue
        c, r = k[tid]
        row["matched"] += 1
        row["cpu_weft"] += w / 1e6
        row["cpu_kernel"] += c / 1e6
        row["runq_weft"] += wr / 1e6
        row["runq_kernel"] += r / 1e6
        if c + r >= min_ns:
            row["big"] += 1
            gap = max(abs(w - c), abs(wr - r)) / (c + r)
            if gap > row["worst"]:
                row["worst"], row["worst_tid"] = gap, tid
    return row
