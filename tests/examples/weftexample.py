"""Shared helpers for the examples' end-to-end tests: run an example traced and untraced,
analyze the trace, query trace.db, and report pass / fail / skip to ctest."""
import argparse
import contextlib
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time

# Until 02:25 UTC on the day the pieces land, a missing dependency is a failure, so it is
# noticed; afterwards it becomes a skip (exit 77, ctest SKIP_RETURN_CODE) naming what is missing.
SKIP_WHEN_MISSING = False
SKIP = 77


class Failure(Exception):
    """What the primer claims did not hold."""


class Missing(Exception):
    """A piece the test needs (a weft command, a package, a header) is not there yet."""


def check(cond, message):
    """Asserts one claim; the message says what a user would have expected to see."""
    if not cond:
        raise Failure(message)


class Env:
    """Where things are: the weft binary, the examples' bin dir, the source tree, a temp dir."""

    def __init__(self):
        ap = argparse.ArgumentParser()
        ap.add_argument("--weft", required=True)
        ap.add_argument("--bin", required=True)
        ap.add_argument("--src", required=True)
        args = ap.parse_args()
        self.weft, self.bin, self.src = args.weft, args.bin, args.src
        self._tmp = tempfile.TemporaryDirectory(prefix="weft-example-")
        self.tmp = self._tmp.name

    def example(self, name):
        path = os.path.join(self.bin, "weft-example-" + name)
        if not os.path.exists(path):
            raise Missing(f"{path} was not built")
        return path


def weft_cmd(env, args, timeout=120):
    """Runs weft; a subcommand that is still a placeholder raises Missing."""
    if not os.access(env.weft, os.X_OK):
        raise Missing(f"the weft binary {env.weft}")
    p = subprocess.run([env.weft] + args, capture_output=True, timeout=timeout)
    for stream in ("stdout", "stderr"):
        raw = getattr(p, stream)
        try:
            setattr(p, stream, raw.decode("utf-8"))
        except UnicodeDecodeError as e:  # JSON and text output must be UTF-8
            raise Failure(f"'weft {args[0]}' wrote invalid UTF-8 on {stream} at byte {e.start}: "
                          f"{raw[max(0, e.start - 80):e.start + 20]!r}")
    if p.returncode == 2 and re.search(r"not (built|implemented) yet", p.stderr):
        raise Missing(f"'weft {args[0]}' ({p.stderr.strip()})")
    return p


def run_plain(cmd, timeout=60):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def run_traced(env, name, args=(), normalize=lambda s: s):
    """Runs example `name` untraced, then under `weft run`; checks that its stdout (after
    `normalize`, for examples whose output is meant to vary) and its exit status are the same
    both ways.  Returns the trace.db path and the traced run (with .cpu_s, its CPU seconds)."""
    prog = env.example(name)
    plain = run_plain([prog, *args])
    db = os.path.join(env.tmp, name + ".db")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    traced = weft_cmd(env, ["run", "-o", db, "--", prog, *args])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU seconds of the traced run as the kernel counts them (weft and its collector included).
    traced.cpu_s = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    sys.stderr.write(f"--- weft run {name}: exit {traced.returncode}\n{traced.stderr}")
    check(os.path.exists(db), f"weft run wrote no {db} (exit {traced.returncode})")
    check(traced.returncode == plain.returncode,
          f"{name}: exit status {traced.returncode} traced, {plain.returncode} untraced")
    check(normalize(traced.stdout) == normalize(plain.stdout),
          f"{name}: stdout differs traced vs untraced:\n{traced.stdout!r}\n{plain.stdout!r}")
    return db, traced


def analyze(env, db):
    """`weft analyze --format json` of a trace, parsed; checks the contract's basics."""
    p = weft_cmd(env, ["analyze", "--format", "json", db])
    check(p.returncode == 0, f"weft analyze exited {p.returncode}: {p.stderr.strip()}")
    try:
        a = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        raise Failure(f"weft analyze printed no JSON ({e}): {p.stdout[:200]!r}")
    check(a.get("schema") == "weft-analysis/1", f"unexpected analysis schema {a.get('schema')!r}")
    check(a.get("complete") is True, f"trace incomplete: {a.get('incomplete_reason')}")
    sys.stderr.write(f"--- {os.path.basename(db)}: verdict {a.get('verdict')} "
                     f"({a.get('verdict_kind')}), wall {a.get('wall_ns', 0) / 1e9:.2f} s, "
                     f"parallelism {a.get('parallelism', {}).get('mean')}\n")
    return a


def starved(a):
    """The machine was taken by other processes and the program waited for a CPU (>= 10% of
    its threads' time runnable): then cpu-bound is the true verdict."""
    m = a.get("machine")
    states = [t["states"] for t in a["threads"]]
    life = sum(sum(s.values()) for s in states) or 1
    runnable = sum(s["runnable"] for s in states) / life
    # A trace too short for the machine's numbers: the kernel's run-queue time alone.
    return (bool(m) and m["others_share"] >= 0.25 and runnable >= 0.10) or runnable >= 0.30


def check_verdict(a, verdict, kind=None):
    if verdict != "cpu-bound" and a["verdict"] == "cpu-bound" and starved(a):
        print(f"note: machine busy with other processes, program runnable: {verdict} not checked")
        return
    check(a["verdict"] == verdict, f"verdict {a['verdict']!r}, expected {verdict!r}; "
                                   f"evidence: {a.get('evidence')}")
    if kind is not None:
        check(a["verdict_kind"] == kind, f"verdict_kind {a['verdict_kind']!r}, expected {kind!r}")


def wall_s(a):
    return a["wall_ns"] / 1e9


def query(db, sql, params=()):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    # Text that is not UTF-8 is a tracer bug the assertions should show, not a crash.
    con.text_factory = lambda b: b.decode("utf-8", "backslashreplace")
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def scalar(db, sql, params=()):
    return query(db, sql, params)[0][0]


def count_rows(db, table):
    return scalar(db, f"SELECT COUNT(*) FROM {table}")


def call_count(db, call_name):
    """How many times `call_name` ran, from the per-thread counters (short calls included)."""
    n = scalar(db, "SELECT COALESCE(SUM(cc.count), 0) FROM call_counts cc JOIN calls c "
                   "ON c.id = cc.call WHERE c.name = ?", (call_name,))
    events = scalar(db, "SELECT COUNT(*) FROM events_named WHERE call_name = ?", (call_name,))
    return max(n, events)


def peak_overlap(db, where, by="tid"):
    """The largest number of distinct threads (by='tid') or processes (by='pid') that were
    inside a matching event (a wait) at the same moment: overlapping waits."""
    rows = query(db, f"SELECT ts_ns, ts_ns + dur_ns, {by} FROM events_named "
                     f"WHERE dur_ns > 0 AND ({where})")
    points = sorted([(s, 1, k) for s, _, k in rows] + [(e, -1, k) for _, e, k in rows],
                    key=lambda p: (p[0], p[1]))  # an end before a start at the same instant
    inside, peak = {}, 0
    for _, step, k in points:
        inside[k] = inside.get(k, 0) + step
        peak = max(peak, sum(1 for v in inside.values() if v > 0))
    return peak


def interleaves(seq):
    """True if some value comes back after another one: A ... B ... A."""
    seen, last = [], None
    for v in seq:
        if v == last:
            continue
        if v in seen:
            return True
        seen.append(v)
        last = v
    return False


@contextlib.contextmanager
def http_server(env, delay=0.05):
    """Starts examples/downloader/serve.py on a free loopback port; yields the port."""
    serve = os.path.join(env.src, "examples", "downloader", "serve.py")
    p = subprocess.Popen([sys.executable, serve, "0", "--delay", str(delay)],
                         stdout=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline()
        m = re.match(r"port (\d+)", line)
        check(m is not None, f"serve.py printed {line!r}, expected 'port N'")
        yield int(m.group(1))
    finally:
        p.terminate()
        p.wait(timeout=10)


def main(test):
    """Runs test(env); exit 0 pass, 1 fail, 77 skip (only once SKIP_WHEN_MISSING is set)."""
    start = time.monotonic()
    try:
        test(Env())
    except Missing as e:
        if SKIP_WHEN_MISSING:
            print(f"SKIP: missing {e}")
            sys.exit(SKIP)
        print(f"FAIL: missing {e}")
        sys.exit(1)
    except Failure as e:
        print(f"FAIL: {e}")
        sys.exit(1)
    print(f"PASS ({time.monotonic() - start:.1f} s)")


def check_coroutine_entries(db, expected):
    """Each coroutine is named by its entry function: `expected` (a list, duplicates allowed)
    must be among the coroutines' entries."""
    entries = [r[0] for r in query(db, "SELECT entry FROM coroutines ORDER BY id")]
    for name in set(expected):
        check(entries.count(name) >= expected.count(name),
              f"coroutine entries {entries!r}, expected {expected.count(name)} x {name!r}")


def check_coroutines_interleave(db, a, at_least=2):
    """Claims for a coroutine program: >= at_least coroutines, all on one OS thread, and the
    thread switched between them back and forth (A ... B ... A), not one after the other."""
    rows = query(db, "SELECT id, key, created_tid FROM coroutines")
    check(len(rows) >= at_least, f"{len(rows)} coroutine(s) in trace.db, expected >= {at_least}")
    tids = {r[0] for r in query(db, "SELECT DISTINCT tid FROM events WHERE coroutine_id IS NOT NULL")}
    check(len(tids) == 1, f"coroutine events on threads {sorted(tids)}, expected one thread")
    keys = {r[1] for r in rows}
    # obj2 of a switch is the key switched to (docs/trace-schema.md).
    targets = [r[0] for r in query(
        db, "SELECT obj2 FROM events_named WHERE call_name IN "
            "('swapcontext', 'setcontext', 'coro_switch') ORDER BY ts_ns, id")]
    into = [t for t in targets if t in keys]
    check(len(set(into)) >= at_least, f"switches into {len(set(into))} coroutine(s), "
                                      f"expected >= {at_least}")
    check(interleaves(into), f"coroutines ran one after the other, not interleaved: {into}")
    switched = [c for c in a["coroutines"] if c["switches"] > 0]
    check(len(switched) >= at_least, f"weft analyze lists {len(switched)} coroutine(s) that "
                                     f"switched, expected >= {at_least}")
