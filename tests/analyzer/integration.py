#!/usr/bin/env python3
"""Traces real programs of known nature with `weft run` and checks what `weft analyze` says.

usage: integration.py --weft WEFT --progs DIR --src PROGS_SRC --work DIR CASE
Exit 0 pass, 1 fail, 77 skipped (only when this weft was built without `weft run`).
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from servers import free_port  # noqa: E402

SKIP = 77


def fail(msg):
    print("FAIL: " + msg, file=sys.stderr)
    sys.exit(1)


def run_is_built(weft):
    p = subprocess.run([weft, "run", "--help"], capture_output=True, text=True)
    return "not built" not in (p.stdout + p.stderr)


def trace(args, db, cmd, **kw):
    p = subprocess.run([args.weft, "run", "-q", "--force", "-o", db, "--"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **kw)
    if p.returncode != 0:
        fail("weft run %s exited %d: %s" % (" ".join(cmd), p.returncode, p.stderr.strip()))


def analyze(args, db):
    p = subprocess.run([args.weft, "analyze", "--format", "json", db], capture_output=True, text=True)
    if p.returncode != 0:
        fail("weft analyze %s exited %d: %s" % (db, p.returncode, p.stderr.strip()))
    a = json.loads(p.stdout)
    text = subprocess.run([args.weft, "analyze", db], capture_output=True, text=True).stdout
    print(text)
    # The contract every analysis keeps: a thread's states sum to its lifetime.
    for t in a["threads"]:
        life = t["end_ns"] - t["start_ns"]
        if sum(t["states"].values()) != life:
            fail("thread %d: states sum to %d, lifetime is %d" % (t["tid"], sum(t["states"].values()), life))
    return a


def starved(a):
    """The trace shows the machine taken by other processes and the program waiting for a CPU:
    then cpu-bound is the true verdict, whatever the program does on a quiet machine."""
    m = a.get("machine")
    states = [t["states"] for t in a["threads"]]
    life = sum(sum(s.values()) for s in states) or 1
    runnable = sum(s["runnable"] for s in states)
    runnable = sum(s["runnable"] for s in states) / life
    # A trace too short for the machine's numbers: the kernel's run-queue time alone.
    return (bool(m) and m["others_share"] >= 0.25 and runnable >= 0.10) or runnable >= 0.30


def expect_verdict(a, verdict, kind=None):
    if verdict != "cpu-bound" and a["verdict"] == "cpu-bound" and starved(a):
        print("note: the machine was busy with other processes and the program waited for a CPU "
              "(cpu-bound is true here); %s not checked" % verdict)
        return False
    if a["verdict"] != verdict or (kind is not None and a["verdict_kind"] != kind):
        fail("verdict %s (%s), expected %s (%s); evidence: %s" %
             (a["verdict"], a["verdict_kind"], verdict, kind, "; ".join(a["evidence"])))
    if not a["evidence"] or not a["recommendation"]:
        fail("a verdict needs evidence and a recommendation")
    return True


def case_cpu(args):
    """pigz compressing a large file: CPU-bound."""
    data = os.path.join(args.work, "pigz-input")
    rnd = random.Random(7)
    words = [bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 9)))
             for _ in range(5000)]
    with open(data, "wb") as f:
        for _ in range(24):  # ~48 MB of text: costly to deflate, cheap to read
            f.write(b" ".join(rnd.choice(words) for _ in range(300000)))
    db = os.path.join(args.work, "pigz.db")
    trace(args, db, ["pigz", "-k", "-f", data])
    a = analyze(args, db)
    expect_verdict(a, "cpu-bound")
    if (a["ncpus"] or 1) >= 2 and a["parallelism"]["max"] < 2:
        fail("pigz runs several compressing threads; the profile says at most %s" % a["parallelism"]["max"])


def case_idle(args):
    """Three threads that mostly sleep: idle."""
    db = os.path.join(args.work, "sleeper.db")
    trace(args, db, [os.path.join(args.progs, "analyzer-sleeper")])
    a = analyze(args, db)
    expect_verdict(a, "idle")
    if not any("nanosleep()" in e for e in a["evidence"]):
        fail("the evidence should name nanosleep(): %s" % a["evidence"])


def case_lock(args):
    """Four threads fighting over one mutex: lock-bound, naming the lock and its site."""
    db = os.path.join(args.work, "fight.db")
    trace(args, db, [os.path.join(args.progs, "analyzer-fight")])
    a = analyze(args, db)
    if expect_verdict(a, "lock-bound") and not any("counter_lock" in e and "fight.c:" in e for e in a["evidence"]):
        fail("the evidence should name counter_lock at fight.c:LINE: %s" % a["evidence"])
    top = a["locks"][0]
    if top["name"] != "counter_lock" or top["contended"] <= 0:
        fail("the most contended lock should be counter_lock: %s" % top)


def site_lines(src):
    """Lines of two_locks.c marked '/* SITE <function> held|acquired */'."""
    lines = {}
    with open(src) as f:
        for n, line in enumerate(f, 1):
            if "/* SITE " in line:
                fn, what = line.split("/* SITE ")[1].split()[:2]
                lines[(fn, what)] = n
    return lines


def case_cycle(args):
    """Two locks taken in opposite orders without deadlocking: one cycle, with both sites."""
    db = os.path.join(args.work, "two_locks.db")
    trace(args, db, [os.path.join(args.progs, "analyzer-two-locks")])
    a = analyze(args, db)
    cycles = a["lock_order_cycles"]
    if len(cycles) != 1:
        fail("expected one lock-order cycle, got %d" % len(cycles))
    c = cycles[0]
    if sorted(c["locks"]) != ["lock_a", "lock_b"]:
        fail("cycle locks %s" % c["locks"])
    lines = site_lines(os.path.join(args.src, "two_locks.c"))
    want = set()
    for fn, first, second in (("a_then_b", "lock_a", "lock_b"), ("b_then_a", "lock_b", "lock_a")):
        want.add((first, second, "two_locks.c:%d (%s)" % (lines[(fn, "held")], fn),
                  "two_locks.c:%d (%s)" % (lines[(fn, "acquired")], fn)))
    got = {(e["held"], e["acquired"], e["held_site"], e["acquired_site"]) for e in c["edges"]}
    if got != want:
        fail("cycle edges %s, expected %s" % (sorted(got), sorted(want)))
    if len({e["tid"] for e in c["edges"]}) != 2:
        fail("the two edges come from two threads: %s" % c["edges"])


def case_disk(args):
    """dd writing with O_DSYNC: I/O-bound on the disk."""
    db = os.path.join(args.work, "dd.db")
    out = os.path.join(args.work, "dd-output")
    trace(args, db, ["dd", "if=/dev/zero", "of=" + out, "bs=4k", "count=2000", "oflag=dsync"])
    os.unlink(out)
    a = analyze(args, db)
    expect_verdict(a, "io-bound", "disk")


def kernel_trace(args, db, cmd):
    """Traces CMD while reading its threads' schedstat ourselves every 2 ms: the kernel's own
    numbers, read independently of weft's collector.  Returns {tid: (cpu_ns, runnable_ns)}."""
    last, stop = {}, []
    p = subprocess.Popen([args.weft, "run", "-q", "--force", "-o", db, "--"] + cmd)

    def poll():
        while not stop:
            try:
                with open("/proc/%d/task/%d/children" % (p.pid, p.pid)) as f:
                    kids = [int(x) for x in f.read().split()]
            except OSError:
                kids = []
            for pid in kids:
                try:
                    for tid in os.listdir("/proc/%d/task" % pid):
                        with open("/proc/%d/task/%s/schedstat" % (pid, tid)) as f:
                            c, r, _ = f.read().split()
                            last[int(tid)] = (int(c), int(r))
                except OSError:
                    pass
            time.sleep(0.002)
    th = threading.Thread(target=poll)
    th.start()
    p.wait()
    stop.append(1)
    th.join()
    if p.returncode != 0:
        fail("weft run %s exited %d" % (cmd, p.returncode))
    return last


def near(what, got, want, rel=0.10, abs_ns=20e6):
    if abs(got - want) > max(rel * want, abs_ns):
        fail("%s: weft %.1f ms, kernel %.1f ms (more than 10%% apart)" % (what, got / 1e6, want / 1e6))


def case_sampled(args):
    """Six CPU-bound threads on the machine's cores: each thread's running and runnable time
    as weft analyze reports them agree with the kernel's schedstat within 10% (or 20 ms)."""
    db = os.path.join(args.work, "oversub.db")
    k = kernel_trace(args, db, [os.path.join(args.progs, "analyzer-oversub")])
    a = analyze(args, db)
    expect_verdict(a, "cpu-bound")
    checked = 0
    for t in a["threads"]:
        if t["tid"] not in k or k[t["tid"]][0] < 100e6:
            continue  # the main thread only starts and joins
        checked += 1
        near("thread %d running" % t["tid"], t["states"]["running"], k[t["tid"]][0])
        near("thread %d runnable" % t["tid"], t["states"]["runnable"], k[t["tid"]][1])
        if t["states"]["unexplained"] > 0.05 * (t["end_ns"] - t["start_ns"]):
            fail("thread %d: %d ns unexplained; the kernel explains it all" % (t["tid"], t["states"]["unexplained"]))
    if checked != 6:
        fail("expected 6 spinning threads compared with the kernel, got %d" % checked)


def case_dd(args):
    """dd from /dev/zero to /dev/null: its reads and writes run on the CPU (the kernel counts
    the thread on a CPU nearly all its life), so weft says cpu-bound, not ipc-bound."""
    if not shutil.which("dd"):
        sys.exit(77)
    db = os.path.join(args.work, "dd.db")
    k = kernel_trace(args, db, ["dd", "if=/dev/zero", "of=/dev/null", "bs=4k", "count=300000", "status=none"])
    a = analyze(args, db)
    expect_verdict(a, "cpu-bound")
    t = a["threads"][0]
    if t["tid"] in k:
        near("dd running", t["states"]["running"], k[t["tid"]][0])
    if t["running_in_calls_ns"] < 0.5 * t["states"]["running"]:
        fail("dd's CPU time should be mostly inside read()/write(): %s" % t)


def case_network(args):
    """redis-server under redis-benchmark on loopback (2 cores): the kernel counts its main thread
    on a CPU or waiting for one most of its life, and the machine full of redis-benchmark: cpu-bound."""
    for tool in ("redis-server", "redis-benchmark", "redis-cli"):
        if not shutil.which(tool):
            fail("%s is not installed (scripts/bootstrap --test installs it)" % tool)
    db = os.path.join(args.work, "redis.db")
    port = str(free_port())
    server = subprocess.Popen([args.weft, "run", "-q", "--force", "-o", db, "--", "redis-server",
                               "--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if subprocess.run(["redis-cli", "-p", port, "ping"], capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            fail("redis-server did not answer under weft run")
        subprocess.run(["redis-benchmark", "-p", port, "-n", "100000", "-c", "20", "-q", "-t", "get,set"],
                       stdout=subprocess.DEVNULL, check=True)
        subprocess.run(["redis-cli", "-p", port, "shutdown", "nosave"], capture_output=True)
        server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    a = analyze(args, db)
    expect_verdict(a, "cpu-bound")


CASES = {"cpu": case_cpu, "idle": case_idle, "lock": case_lock, "cycle": case_cycle,
         "disk": case_disk, "network": case_network,
         "sampled": case_sampled, "dd": case_dd}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weft", required=True)
    ap.add_argument("--progs", required=True, help="directory of the built test programs")
    ap.add_argument("--src", required=True, help="tests/analyzer/progs")
    ap.add_argument("--work", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    args = ap.parse_args()
    if not run_is_built(args.weft):
        print("SKIP: this weft was built without `weft run`")
        return SKIP
    args.work = os.path.join(args.work, "analyzer-" + args.case)
    shutil.rmtree(args.work, ignore_errors=True)
    os.makedirs(args.work)
    CASES[args.case](args)
    shutil.rmtree(args.work, ignore_errors=True)
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
