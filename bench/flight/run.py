#!/usr/bin/env python3
"""Bounded traces on a long run: nginx under wrk traced by weft run, without a bound and with --last SIZE.

Prints, per run, the trace's size on disk (FILE.partial and its write-ahead log) each minute
and its largest, then what the final trace holds: size, events, the window kept whole
(end - kept_from_ns), events left out, and how long weft analyze took on it.

usage: bench/flight/run.py [--build build] [--minutes 10] [--bound 200MB] [--only bounded|unbounded]
"""
import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "common"))
from servers import free_port, nginx_site, wait_port  # noqa: E402


def disk(path):
    """Bytes of the trace being written (PATH.partial and its log), or of PATH once it is done."""
    n = 0
    for p in (path + ".partial", path + ".partial-wal", path):
        try:
            n += os.path.getsize(p)
        except OSError:
            pass
    return n


def run(args, tmp, bound):
    name = "bounded" if bound else "unbounded"
    root = os.path.join(tmp, name)
    port = free_port()
    conf = nginx_site(root, port)
    out = os.path.join(tmp, name + ".db")
    cmd = [args.weft, "run", "-q", "-o", out] + (["--last", bound] if bound else []) + \
          ["--", shutil.which("nginx"), "-c", conf, "-p", root]
    env = dict(os.environ, WEFT_PRELOAD=args.preload)
    weft = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True)
    wait_port(port)
    secs = int(args.minutes * 60)
    wrk = subprocess.Popen(["wrk", "-t", "2", "-c", "16", "-d", f"{secs}s", f"http://127.0.0.1:{port}/"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    t0 = time.monotonic()
    peak, per_minute, last_min = 0, [], 0
    while wrk.poll() is None:
        time.sleep(2)
        size = disk(out)
        peak = max(peak, size)
        minute = int((time.monotonic() - t0) // 60)
        if minute > last_min:
            per_minute.append(size)
            last_min = minute
    size = disk(out)
    peak = max(peak, size)
    if len(per_minute) < int(args.minutes):
        per_minute.append(size)
    rps = next((l.split()[-1] for l in wrk.stdout.read().splitlines() if l.startswith("Requests/sec")), "?")
    weft.send_signal(signal.SIGTERM)  # weft passes it on to nginx
    t_end = time.monotonic()
    err = weft.communicate(timeout=3600)[1]
    finish = time.monotonic() - t_end
    if weft.returncode != 0:
        sys.exit(f"weft run returned {weft.returncode}: {err}")
    con = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    start, end = int(meta["start_ns"]), int(meta["end_ns"])
    kept_from = int(meta.get("kept_from_ns", start))
    t = time.monotonic()
    a = subprocess.run([args.weft, "analyze", "--format", "json", out], capture_output=True, text=True)
    took = time.monotonic() - t
    left_out = json.loads(a.stdout).get("left_out") if a.returncode == 0 else a.stderr.strip()
    final = os.path.getsize(out)
    print(f"== {name}{' (--last ' + bound + ')' if bound else ''}: nginx (2 workers) under wrk -t2 -c16 for "
          f"{args.minutes:g} min, {rps} requests/s traced")
    prev = 0
    for i, s in enumerate(per_minute):
        print(f"  minute {i + 1}: trace on disk {s / 1e6:8.1f} MB (+{(s - prev) / 1e6:.1f} MB)")
        prev = s
    print(f"  largest on disk while tracing: {peak / 1e6:.1f} MB")
    print(f"  final trace: {final / 1e6:.1f} MB, {events:,} events, written {finish:.1f} s after the program ended")
    print(f"  run {(end - start) / 1e9:.1f} s; kept whole: the last {(end - kept_from) / 1e9:.1f} s "
          f"(from {(kept_from - start) / 1e9:.1f} s); left out: {int(meta.get('left_out_before', 0)):,} events")
    print(f"  weft analyze: {'ok' if a.returncode == 0 else 'FAILED'} in {took:.1f} s; left_out: {left_out}")
    sys.stdout.flush()
    os.unlink(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--bound", default="200MB")
    ap.add_argument("--only", choices=("bounded", "unbounded"))
    args = ap.parse_args()
    args.weft = os.path.abspath(os.path.join(args.build, "bin", "weft"))
    args.preload = os.path.abspath(os.path.join(args.build, "lib", "libweft-preload.so"))
    for prog in ("nginx", "wrk"):
        if not shutil.which(prog):
            sys.exit(f"{prog} is not installed (apt-get install nginx wrk)")
    tmp = tempfile.mkdtemp(prefix="weft-flight-", dir=os.environ.get("WEFT_BENCH_DIR", "/var/tmp"))
    try:
        if args.only != "unbounded":
            run(args, tmp, args.bound)
        if args.only != "bounded":
            run(args, tmp, None)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
