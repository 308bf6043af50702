#!/usr/bin/env python3
"""Integration tests of bounded traces: weft run --last, --duration, --max-size, SIGUSR1 snapshots."""
import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import test_run as tr
from test_run import check, one

SIZE = 2_000_000  # the size bound of the size cases (2MB)


def analyze(path, *extra):
    """weft analyze --format json PATH: must succeed; returns the JSON."""
    r = subprocess.run([tr.A.weft, "analyze", "--format", "json", *extra, path], capture_output=True, text=True,
                       timeout=100)
    check(r.returncode == 0, f"weft analyze {path}: {r.returncode} {r.stderr}")
    return json.loads(r.stdout)


def meta(con):
    return dict(con.execute("SELECT key, value FROM meta"))


def tick(name, extra, ms):
    """The tracee naps and writes for MS ms under weft run EXTRA; it must run as it would untraced."""
    out = tr.out_path(name)
    t0 = time.monotonic()
    r = tr.weft_run([tr.A.tracee, "tick", str(ms)], out, extra)
    took = time.monotonic() - t0
    check(r.returncode == 0 and r.stdout.startswith("ticks "), f"{name}: {r.returncode} {r.stdout!r} {r.stderr}")
    check(took >= ms / 1000, f"{name}: the program ran {took:.2f} s, not {ms} ms")
    return out, r


def t_last_duration():
    out, r = tick("last2s", ["--last", "2s"], 5000)
    con = tr.db(out)
    m = meta(con)
    check(m.get("bound") == "--last 2s" and m.get("last_ns") == "2000000000", f"meta bound: {m}")
    kept, start, end = int(m["kept_from_ns"]), int(m["start_ns"]), int(m["end_ns"])
    left = int(m["left_out_before"])
    check(left > 0, "events were left out")
    # Everything before kept_from is gone, and every event deleted ended by then.
    n_before = one(con, "SELECT count(*) FROM events WHERE ts_ns + dur_ns < ?", kept)
    check(n_before == 0, f"{n_before} events that ended before kept_from_ns are still there")
    # The window kept is the last 2 s, give or take a commit (250 ms) and the end.
    check(2.0e9 <= end - kept <= 2.8e9, f"kept window {(end - kept) / 1e9:.3f} s for --last 2s")
    check(kept - start >= 2.0e9, f"left out from {(kept - start) / 1e9:.3f} s of a 5 s run")
    kept_events = one(con, "SELECT count(*) FROM events")
    check(left > kept_events, f"3 s of 5 left out, yet {left} left out and {kept_events} kept")
    check("--last 2s" in r.stderr and "left out" in r.stderr, f"weft run says what it left out: {r.stderr}")
    a = analyze(out)
    check(a["left_out"] and "flight recorder (--last 2s)" in a["left_out"], f"left_out: {a['left_out']}")
    check(a["whole_run_totals"] is True, "lock and call totals are said to be the whole run's")
    check(abs(a["wall_ns"] - (end - kept)) < 0.05e9, f"analyzed wall {a['wall_ns']} vs window {end - kept}")
    check(a["start_ns"] == kept, f"analysis starts at kept_from: {a['start_ns']} vs {kept}")
    th = a["threads"][0]
    # The thread naps most of the time: the window is not shown as running or unexplained.
    share = th["states"]["sleep"] / a["wall_ns"]
    check(share > 0.5, f"sleep is {share:.2f} of the kept window")
    text = subprocess.run([tr.A.weft, "analyze", out], capture_output=True, text=True, timeout=100).stdout
    check("Bounded trace: flight recorder (--last 2s)" in text, f"text summary says what was left out: {text[:400]}")
    html = os.path.join(tr.TMP, "last2s.html")
    r = subprocess.run([tr.A.weft, "report", out, "-o", html], capture_output=True, text=True, timeout=100)
    check(r.returncode == 0 and "flight recorder" in open(html).read(), f"weft report: {r.stderr}")
    pf = os.path.join(tr.TMP, "last2s.json")
    r = subprocess.run([tr.A.weft, "export", "--format", "perfetto", out, "-o", pf], capture_output=True, text=True,
                       timeout=100)
    check(r.returncode == 0, f"weft export: {r.stderr}")
    ev = json.load(open(pf))
    check("flight recorder" in ev["otherData"].get("left_out", ""), "the export says what was left out")
    ts = [e["ts"] for e in ev["traceEvents"] if e.get("ph") == "X"]
    base = ev["otherData"]["base_ns"]
    check(base == kept and ts and min(ts) >= 0, f"the export starts at kept_from: base {base}, kept {kept}")


def t_last_size():
    out, r = tick("last2mb", ["--threshold", "0", "--last", "2MB"], 6000)
    size = os.path.getsize(out)
    check(size <= SIZE, f"--last 2MB: the trace is {size} bytes")
    con = tr.db(out)
    m = meta(con)
    check(int(m.get("left_out_before", 0)) > 0 and int(m.get("kept_from_ns", 0)) > int(m["start_ns"]),
          f"meta says what was left out: {m}")
    check(m.get("last_bytes") == str(SIZE), f"meta last_bytes: {m}")
    kept = int(m["kept_from_ns"])
    check(one(con, "SELECT count(*) FROM events WHERE ts_ns + dur_ns < ?", kept) == 0, "events before kept_from")
    # The newest events are the ones kept: the last one ended near the end of the run.
    last = one(con, "SELECT max(ts_ns + dur_ns) FROM events")
    check(int(m["end_ns"]) - last < 0.5e9, f"the last event is {(int(m['end_ns']) - last) / 1e9:.3f} s before the end")
    # Not an empty trace either: at least a third of the bound holds events.
    check(size >= SIZE // 3, f"--last 2MB kept only {size} bytes")
    a = analyze(out)
    check("flight recorder" in (a["left_out"] or ""), f"left_out: {a['left_out']}")
    # Without --threshold a size-bounded flight recorder counts calls under 10 us, and says so.
    out, r = tick("last2mb_default", ["--last", "2MB"], 1200)
    m = meta(tr.db(out))
    check(m.get("io_threshold_ns") == "10000", f"--last SIZE's default threshold: {m.get('io_threshold_ns')}")
    out, r = tick("last2mb_1us", ["--last", "2MB", "--threshold", "1000"], 1200)
    m = meta(tr.db(out))
    check(m.get("io_threshold_ns") == "1000", f"--threshold with --last SIZE: {m.get('io_threshold_ns')}")


def t_max_size():
    out, r = tick("max2mb", ["--threshold", "0", "--max-size", "2MB"], 5000)
    size = os.path.getsize(out)
    check(size <= SIZE, f"--max-size 2MB: the trace is {size} bytes")
    con = tr.db(out)
    m = meta(con)
    check(m.get("stop_reason") == "max-size" and int(m.get("left_out_after", 0)) > 0, f"meta: {m}")
    stopped = int(m["stopped_ns"])
    check(one(con, "SELECT count(*) FROM events WHERE ts_ns >= ?", stopped) == 0, "events after stopped_ns")
    check(stopped - int(m["start_ns"]) < 4.5e9, "it stopped before the end of the run")
    check(one(con, "SELECT count(*) FROM thread_samples WHERE ts_ns >= ?", stopped) == 0, "samples after stopped_ns")
    a = analyze(out)
    check("recording stopped" in (a["left_out"] or "") and "--max-size" in a["left_out"], f"{a['left_out']}")
    check(a["end_ns"] <= stopped, f"the analysis ends at stopped_ns: {a['end_ns']} > {stopped}")


def t_duration():
    out, r = tick("dur1s", ["--duration", "1s"], 3000)
    con = tr.db(out)
    m = meta(con)
    check(m.get("stop_reason") == "duration" and m.get("duration_ns") == "1000000000", f"meta: {m}")
    stopped, start = int(m["stopped_ns"]), int(m["start_ns"])
    check(0.8e9 <= stopped - start <= 1.2e9, f"stopped {(stopped - start) / 1e9:.3f} s after the start")
    check(int(m["left_out_after"]) > 0, "later events were left out")
    check(one(con, "SELECT count(*) FROM events WHERE ts_ns >= ?", stopped) == 0, "events after stopped_ns")
    check(one(con, "SELECT count(*) FROM events") > 100, "events before the stop are kept")
    # The program's thread ended after the stop: its row still has its end.
    check(one(con, "SELECT end_ns FROM threads") > stopped, "the thread's end is known")
    a = analyze(out)
    check(abs(a["wall_ns"] - (stopped - start)) < 0.1e9, f"analyzed {a['wall_ns']} ns, stopped after {stopped - start}")
    check("recording stopped at" in (a["left_out"] or ""), f"left_out: {a['left_out']}")
    # An unbounded trace says nothing of the kind.
    out2, _ = tick("unbounded", [], 300)
    a = analyze(out2)
    check(a["left_out"] is None and a["whole_run_totals"] is False, f"unbounded: {a['left_out']}")
    check("kept_from_ns" not in meta(tr.db(out2)), "no bound keys in an unbounded trace")


def t_bad_values():
    bad = [["--last", "2"], ["--last", "2M"], ["--last", "10xs"], ["--last", "500ms"], ["--last", "-2s"],
           ["--last", "100KB"], ["--duration", "5MB"], ["--duration", "abc"], ["--max-size", "1m"],
           ["--max-size", "2G"], ["--last", "2MB", "--max-size", "3MB"], ["--last"]]
    for extra in bad:
        out = tr.out_path("bad")
        r = tr.weft_run([tr.A.tracee, "exit", "0"], out, extra)
        lines = r.stderr.strip().splitlines()
        check(r.returncode == 2, f"{extra}: exit {r.returncode}, {r.stderr}")
        check(len(lines) >= 1 and lines[0].startswith("weft run:"), f"{extra}: {r.stderr!r}")
        check(len(lines) == 1 or "weft run --help" in r.stderr, f"{extra}: one line: {r.stderr!r}")
        check(not os.path.exists(out) and not os.path.exists(out + ".partial"), f"{extra}: a file was written")
        check(r.stdout == "", f"{extra}: the program ran")
    # Good spellings are taken.
    for extra in (["--last", "1.5s"], ["--last", "2MiB"], ["--duration", "500ms"], ["--max-size", "1gb"]):
        out = tr.out_path("good")
        r = tr.weft_run([tr.A.tracee, "exit", "3"], out, ["--force", *extra])
        check(r.returncode == 3, f"{extra}: {r.returncode} {r.stderr}")
        tr.db(out)


def t_snapshot():
    out = tr.out_path("snap")
    env = dict(os.environ, WEFT_PRELOAD=tr.A.preload)
    p = subprocess.Popen([tr.A.weft, "run", "-o", out, "--last", "10s", "--", tr.A.tracee, "tick", "3000"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    time.sleep(1.2)
    p.send_signal(signal.SIGUSR1)  # to weft: the program's own SIGUSR1 is not involved
    stdout, stderr = p.communicate(timeout=100)
    check(p.returncode == 0 and stdout.startswith("ticks "), f"snapshot run: {p.returncode} {stdout!r} {stderr}")
    snap = out[:-3] + ".snapshot-1.db"
    check(os.path.exists(snap) and "snapshot written to" in stderr, f"no snapshot: {stderr}")
    check(not os.path.exists(snap + ".partial"), "snapshot .partial left behind")
    con = tr.sqlite3.connect(f"file:{snap}?mode=ro", uri=True)
    m = meta(con)
    check(m.get("complete") == "0" and "snapshot" in m.get("incomplete_reason", ""), f"snapshot meta: {m}")
    snap_ns = int(m["snapshot_ns"])
    check(0.8e9 < snap_ns - int(m["start_ns"]) < 2.5e9, "taken about when asked")
    n = one(con, "SELECT count(*) FROM events")
    check(n > 100, f"the snapshot holds {n} events")
    check(one(con, "SELECT count(*) FROM sqlite_master WHERE name = 'events_thread_ts'") == 1, "indexed")
    a = analyze(snap)
    check(a["complete"] is False and a["wall_ns"] > 0.5e9, f"snapshot analysis: {a['wall_ns']}")
    whole = tr.db(out)
    check(one(whole, "SELECT count(*) FROM events") > n, "the trace went on after the snapshot")


CASES = {name[2:]: fn for name, fn in globals().items() if name.startswith("t_")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=sorted(CASES))
    ap.add_argument("--weft", required=True)
    ap.add_argument("--preload", required=True)
    ap.add_argument("--tracee", required=True)
    tr.A = ap.parse_args()
    tr.TMP = tempfile.mkdtemp(prefix="weft-bound-test-")
    try:
        CASES[tr.A.case]()
    finally:
        shutil.rmtree(tr.TMP, ignore_errors=True)
    print(f"PASS {tr.A.case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
