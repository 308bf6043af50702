#!/usr/bin/env python3
"""Integration tests of `weft run` (and plain LD_PRELOAD mode): real programs, asserted on trace.db."""
import argparse
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
from servers import free_port, wait_port  # noqa: E402

A = None  # parsed arguments: weft, preload, tracee, tracee_static
TMP = None


# Exit code of a skipped case: ctest's SKIP_RETURN_CODE (tests/tracer/CMakeLists.txt) shows it as skipped.
SKIP = 77


class Skip(Exception):
    pass


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def weft_run(args, out=None, extra=(), env=None, **kw):
    """Runs `weft run -o out extra -- args`; returns CompletedProcess (text)."""
    cmd = [A.weft, "run"] + (["-o", out] if out else []) + list(extra) + ["--"] + list(args)
    e = dict(os.environ, WEFT_PRELOAD=A.preload)
    if env:
        e.update(env)
    return subprocess.run(cmd, capture_output=True, text=True, env=e, timeout=100, **kw)


def db(path):
    check(os.path.exists(path), f"{path} was not written")
    check(not os.path.exists(path + ".partial"), f"{path}.partial left behind")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    meta = dict(con.execute("SELECT key, value FROM meta"))
    check(meta.get("complete") == "1", f"{path} not complete: {meta}")
    return con


def one(con, sql, *p):
    row = con.execute(sql, p).fetchone()
    return row[0] if row else None


def out_path(name):
    return os.path.join(TMP, name + ".db")


# ---------------------------------------------------------------- process shapes

def t_exit_codes():
    for n in (0, 3, 42):
        r = weft_run([A.tracee, "exit", str(n)], out_path(f"exit{n}"))
        check(r.returncode == n, f"exit {n}: weft run returned {r.returncode}: {r.stderr}")
        con = db(out_path(f"exit{n}"))
        check(one(con, "SELECT exit_code FROM processes") == n, "exit_code stored")
    r = weft_run([A.tracee, "signal", "15"], out_path("sig"))
    check(r.returncode == 128 + 15, f"signal 15: weft run returned {r.returncode}")
    con = db(out_path("sig"))
    check(one(con, "SELECT exit_signal FROM processes") == 15, "exit_signal 15 stored")
    check(one(con, "SELECT value FROM meta WHERE key='top_exit_status'") == "143", "meta top_exit_status")


def t_fork():
    r = weft_run([A.tracee, "fork"], out_path("fork"))
    check(r.returncode == 0 and r.stdout == "child 5\n", f"fork: {r.returncode} {r.stdout!r} {r.stderr}")
    con = db(out_path("fork"))
    check(one(con, "SELECT count(*) FROM processes") == 2, "two processes")
    child = con.execute("SELECT c.exit_code, p.pid, c.ppid FROM processes c JOIN processes p "
                        "ON p.id = c.parent_id").fetchone()
    check(child is not None, "the forked child has parent_id")
    check(child[0] == 5 and child[1] == child[2], f"child row {child}")
    check(one(con, "SELECT count(*) FROM events WHERE call IN (57,58,59,89,90)") >= 1, "waitpid recorded")
    # Each main thread starts with its process (the child at the fork), not at its first event.
    for pid, late in con.execute("SELECT p.pid, t.start_ns - p.start_ns FROM threads t "
                                 "JOIN processes p ON p.id = t.process_id"):
        check(0 <= late < 500000, f"pid {pid}: main thread starts {late / 1e6:.2f} ms after its process")
    r = weft_run([A.tracee, "fork-killed"], out_path("forkkilled"))
    check(r.returncode == 0, f"fork-killed: {r.returncode} {r.stderr}")
    con = db(out_path("forkkilled"))
    sig = one(con, "SELECT exit_signal FROM processes WHERE parent_id IS NOT NULL")
    check(sig == signal.SIGUSR1, f"the child's death by SIGUSR1 (from its parent's wait), got {sig}")


def t_fork_atfork():
    """A fork child handler that runs before the preload's: its calls are not the parent's."""
    prog = os.path.join(os.path.dirname(A.tracee), "weft_tracee_atfork")
    r = weft_run([prog, "fork"], out_path("atfork"), extra=["--threshold", "0"])
    check(r.returncode == 0 and r.stdout == "child 5\n", f"fork: {r.returncode} {r.stdout!r} {r.stderr}")
    con = db(out_path("atfork"))
    # The handler's 20 preads ran in the child; the parent made none.
    top = "(SELECT id FROM processes WHERE parent_id IS NULL)"
    ev = one(con, f"SELECT count(*) FROM events e JOIN calls k ON k.id = e.call "
                  f"WHERE k.name = 'pread' AND e.process_id = {top}")
    counted = one(con, f"SELECT count(*) FROM call_counts c JOIN calls k ON k.id = c.call "
                       f"JOIN threads t ON t.id = c.thread_id WHERE k.name = 'pread' AND t.process_id = {top}")
    check(ev == 0 and counted == 0, f"the child's preads recorded in the parent: {ev} events, {counted} counts")


def t_vfork_exec():
    true = shutil.which("true")
    r = weft_run([A.tracee, "vfork", true], out_path("vfork"))
    check(r.returncode == 0, f"vfork: {r.returncode} {r.stderr}")
    con = db(out_path("vfork"))
    exes = [row[0] for row in con.execute("SELECT exe FROM processes")]
    check(any(e and e.endswith("/true") for e in exes), f"exec'd true traced: {exes}")


def t_vfork_exit():
    """A vfork child that calls exit() runs our destructor in the parent's memory: the parent's trace stays whole."""
    r = weft_run([A.tracee, "vfork-exit", "5"], out_path("vforkexit"))
    check(r.returncode == 0, f"vfork-exit: {r.returncode} {r.stderr}")
    con = db(out_path("vforkexit"))
    naps = one(con, "SELECT count(*) FROM events e JOIN calls k ON k.id = e.call WHERE k.name = 'nanosleep'")
    check(naps == 5, f"{naps} of the parent's 5 naps after the child's exit were stored")
    status = con.execute("SELECT exit_code FROM processes WHERE parent_id IS NULL").fetchall()
    check(status == [(0,)], f"the parent's exit status: {status}")


def fork_naps(mode, naps):
    """Runs the tracee's MODE NAPS, whose child naps NAPS times and exits 5; checks that the trace
    holds the parent and that child, linked. Returns (con, parent pid, child pid, {pid: naps})."""
    r = weft_run([A.tracee, mode, str(naps)], out_path(mode))
    check(r.returncode == 0, f"{mode}: {r.returncode} {r.stderr}")
    con = db(out_path(mode))
    procs = con.execute("SELECT pid, parent_id IS NOT NULL, exit_code FROM processes ORDER BY 2").fetchall()
    check(len(procs) == 2 and procs[0][1:] == (0, 0) and procs[1][1:] == (1, 5), f"processes: {procs}")
    by_pid = dict(con.execute("SELECT e.pid, count(*) FROM events e JOIN calls k ON k.id = e.call "
                              "WHERE k.name = 'nanosleep' GROUP BY e.pid"))
    return con, procs[0][0], procs[1][0], by_pid


def t_underscore_fork():
    """A child made by _Fork, which runs no atfork handler, is traced as a process of its own."""
    _, _, child, naps = fork_naps("_Fork", 4)
    check(naps == {child: 4}, f"the child's naps by pid: {naps} (child {child})")


def t_raw_fork():
    """A child made by the raw fork syscall (no atfork handler, libc's fork bypassed) is a process of its own."""
    if tuple(map(int, re.match(r"(\d+)\.(\d+)", os.uname().release).groups())) < (4, 14):
        raise Skip("such children are found by MADV_WIPEONFORK, Linux 4.14")
    con, parent, child, naps = fork_naps("rawfork", 4)
    # The parent's 2 naps before the fork and 3 after; the child's 4 under its own pid, in its own ring.
    check(naps == {parent: 5, child: 4}, f"naps by pid: {naps} (parent {parent}, child {child})")
    waits = one(con, "SELECT count(*) FROM events e JOIN calls k ON k.id = e.call "
                     "WHERE k.name = 'waitpid' AND e.pid = ?", parent)
    check(waits == 1, f"the parent's waitpid: {waits}")
    tids = con.execute("SELECT p.pid, count(*) FROM threads t JOIN processes p ON p.id = t.process_id "
                       "GROUP BY p.pid").fetchall()
    check(sorted(tids) == sorted([(parent, 1), (child, 1)]), f"one thread per process: {tids}")


def t_raw_fork_pthread_exit():
    """A raw-fork child whose first call of ours is pthread_exit ends its own thread, not its parent's."""
    if tuple(map(int, re.match(r"(\d+)\.(\d+)", os.uname().release).groups())) < (4, 14):
        raise Skip("such children are found by MADV_WIPEONFORK, Linux 4.14")
    r = weft_run([A.tracee, "rawfork", "-1"], out_path("rawfork-exit"))
    check(r.returncode == 0, f"rawfork -1: {r.returncode} {r.stderr}")
    con = db(out_path("rawfork-exit"))
    procs = con.execute("SELECT pid, parent_id IS NOT NULL FROM processes ORDER BY 2").fetchall()
    check(len(procs) == 2 and procs[1][1] == 1, f"processes: {procs}")
    naps = con.execute("SELECT e.pid, count(*) FROM events e JOIN calls k ON k.id = e.call "
                       "WHERE k.name = 'nanosleep' GROUP BY e.pid").fetchall()
    # Before, the child's pthread_exit ended the parent's ring: its 3 naps after the fork were lost.
    check(naps == [(procs[0][0], 5)], f"naps by pid: {naps} (parent {procs[0][0]})")
    ends = one(con, "SELECT t.end_ns >= max(e.ts_ns) FROM threads t JOIN events e ON e.thread_id = t.id "
                    "WHERE t.pid = ? AND t.tid = t.pid", procs[0][0])
    check(ends == 1, "the parent's thread ended before its last event")


def t_coro_return():
    """A coroutine that ends by returning resumes its uc_link: what runs next is not charged to it."""
    r = weft_run([A.tracee, "coro-return", "3"], out_path("cororet"))
    check(r.returncode == 0, f"coro-return: {r.returncode} {r.stderr}")
    con = db(out_path("cororet"))
    naps = con.execute("SELECT e.coroutine_id IS NULL FROM events e JOIN calls k ON k.id = e.call "
                       "WHERE k.name = 'nanosleep' ORDER BY e.ts_ns").fetchall()
    check(naps == [(0,), (0,), (0,), (1,)], f"naps on the coroutine (0) or the thread's stack (1): {naps}")


def t_spawn_system():
    sleep = shutil.which("sleep")
    r = weft_run([A.tracee, "spawn", sleep, "0.01"], out_path("spawn"))
    check(r.returncode == 0, f"spawn: {r.returncode} {r.stderr}")
    con = db(out_path("spawn"))
    check(one(con, "SELECT count(*) FROM processes WHERE exe LIKE '%sleep'") == 1, "posix_spawn child traced")
    check(one(con, "SELECT count(*) FROM processes WHERE parent_id IS NOT NULL") >= 1, "child linked to parent")
    r = weft_run([A.tracee, "system", "sleep 0.01; exit 4"], out_path("system"))
    check(r.returncode == 4, f"system: {r.returncode} {r.stderr}")
    con = db(out_path("system"))
    check(one(con, "SELECT count(*) FROM processes WHERE exe LIKE '%sh'") >= 1, "system()'s shell traced")


def t_daemon():
    marker = os.path.join(TMP, "daemon.done")
    t0 = time.monotonic()
    r = weft_run([A.tracee, "daemon", marker], out_path("daemon"))
    check(r.returncode == 0, f"daemon: {r.returncode} {r.stderr}")
    # weft run waited for the daemon that outlived the program.
    check(os.path.exists(marker), "weft run returned before the daemon finished")
    check(time.monotonic() - t0 >= 0.35, "returned too early")
    con = db(out_path("daemon"))
    check(one(con, "SELECT count(*) FROM processes") == 3, "parent, first child and daemon")
    check(one(con, "SELECT count(*) FROM processes WHERE end_ns IS NULL") == 0, "every process ended")


def t_thread_exit():
    r = weft_run([A.tracee, "thread-exit", "7"], out_path("texit"))
    check(r.returncode == 7, f"thread-exit: {r.returncode} {r.stderr}")
    con = db(out_path("texit"))
    check(one(con, "SELECT count(*) FROM threads") >= 2, "both threads recorded")
    check(one(con, "SELECT exit_code FROM processes") == 7, "exit code 7")
    # Its entry is a static function: named by the symbol table, not dladdr's nearest export.
    routine = one(con, "SELECT start_routine FROM threads WHERE creator_tid IS NOT NULL")
    check(routine == "exit_thread", f"start_routine of the static entry: {routine!r}")


def t_eintr():
    r = weft_run([A.tracee, "eintr"], out_path("eintr"))
    check(r.returncode == 0, f"eintr: {r.returncode} {r.stdout} {r.stderr}")
    con = db(out_path("eintr"))
    n = one(con, "SELECT count(*) FROM events WHERE call = 28 AND errno = 4 AND ret = -1")
    check(n == 1, f"read with EINTR recorded once, got {n}")


def run_reporting(mode, out):
    """Starts `weft run -q -o OUT -- tracee MODE FD`; returns (weft process, FD's reading end, pid)."""
    rfd, wfd = os.pipe()
    e = dict(os.environ, WEFT_PRELOAD=A.preload)
    p = subprocess.Popen([A.weft, "run", "-q", "-o", out, "--", A.tracee, mode, str(wfd)],
                         pass_fds=(wfd,), env=e, stderr=subprocess.PIPE, text=True)
    os.close(wfd)
    f = os.fdopen(rfd)
    return p, f, int(f.readline().split()[1])


def t_sigkill():
    out = out_path("kill")
    p, f, pid = run_reporting("count", out)
    t_end = time.monotonic() + 0.6
    count = 0
    while time.monotonic() < t_end:
        count = int(f.readline())
    os.kill(pid, signal.SIGKILL)
    for line in f:  # whatever it completed before the kill
        count = max(count, int(line))
    rc = p.wait(timeout=30)
    check(rc == 128 + 9, f"weft run returned {rc} after SIGKILL: {p.stderr.read()}")
    con = db(out)
    n = one(con, "SELECT count(*) FROM events WHERE call IN (49, 50, 51)")
    c = one(con, "SELECT coalesce(sum(count),0) FROM call_counts WHERE call IN (49, 50, 51)")
    check(n >= count, f"{count} nanosleeps completed but only {n} events in the trace")
    check(one(con, "SELECT exit_signal FROM processes") == 9, "exit_signal 9")
    print(f"completed {count}, events {n}, counted {c}")


def inflight(con, call_name):
    """(dur_ns, ts_ns + dur_ns, thread end_ns, ret, errno) of the in-flight CALL_NAME events."""
    return con.execute("SELECT e.dur_ns, e.ts_ns + e.dur_ns, t.end_ns, e.ret, e.errno FROM events e "
                       "JOIN calls c ON c.id = e.call JOIN threads t ON t.id = e.thread_id "
                       "WHERE c.name = ?", (call_name,)).fetchall()


def t_blocked_exit():
    """A thread still blocked in read when main returns: the read is in the trace, unreturned."""
    r = weft_run([A.tracee, "blocked-exit", "300"], out_path("blocked"))
    check(r.returncode == 0, f"blocked-exit: {r.returncode} {r.stderr}")
    con = db(out_path("blocked"))
    rows = inflight(con, "read")
    check(len(rows) == 1, f"one read in flight, got {rows}")
    kind = one(con, "SELECT k.name FROM events e JOIN fd_kinds k ON k.id = e.fd_kind WHERE e.ret IS NULL")
    check(kind == "pipe", f"the blocked read is on a pipe, trace says {kind!r}")
    dur, end, tend, ret, err = rows[0]
    check(ret is None and err is None, f"an unreturned call has ret and errno NULL: {rows[0]}")
    check(290e6 <= dur <= 2e9, f"blocked ~300 ms until the exit, got {dur / 1e6:.1f} ms")
    check(end == tend, f"it lasts until its thread's end ({end} vs {tend})")
    pend = one(con, "SELECT end_ns FROM processes")
    check(abs(end - pend) < 50e6, "and the thread ends with its process")


def t_inflight_longjmp():
    """A read left by siglongjmp, in a thread that then ends normally, is no call in flight."""
    r = weft_run([A.tracee, "longjmp-read"], out_path("longjmp"))
    check(r.returncode == 0, f"longjmp-read: {r.returncode} {r.stderr}")
    con = db(out_path("longjmp"))
    rows = con.execute("SELECT c.name, e.dur_ns FROM events e JOIN calls c ON c.id = e.call "
                       "WHERE e.ret IS NULL").fetchall()
    check(not rows, f"calls shown as never returning: {rows}")


def t_inflight_sigkill():
    """SIGKILL while one thread waits on a condvar and main joins it: both waits are in the trace."""
    out = out_path("condkill")
    p, f, pid = run_reporting("cond-wait", out)
    check(f.readline() == "waiting\n", "the thread did not start waiting")
    t0 = time.monotonic()
    time.sleep(0.4)
    os.kill(pid, signal.SIGKILL)
    waited = time.monotonic() - t0
    rc = p.wait(timeout=30)
    check(rc == 128 + 9, f"weft run returned {rc}: {p.stderr.read()}")
    con = db(out)
    for call in ("pthread_cond_wait", "pthread_join"):
        rows = inflight(con, call)
        check(len(rows) == 1, f"one {call} in flight, got {rows}")
        dur, end, tend, ret, err = rows[0]
        check(ret is None and err is None, f"{call}: ret and errno NULL: {rows[0]}")
        check(waited * 1e9 - 20e6 <= dur <= waited * 1e9 + 500e6,
              f"{call}: blocked {waited * 1e3:.0f} ms until SIGKILL, trace says {dur / 1e6:.1f} ms")
        check(end == tend, f"{call} lasts until its thread's end")
    check(one(con, "SELECT exit_signal FROM processes") == 9, "exit_signal 9")


def t_weft_killed():
    """SIGKILL of weft itself: FILE.partial stays, readable and marked incomplete; no FILE."""
    out = out_path("wkill")
    rfd, wfd = os.pipe()
    e = dict(os.environ, WEFT_PRELOAD=A.preload)
    p = subprocess.Popen([A.weft, "run", "-q", "-o", out, "--", A.tracee, "count", str(wfd)],
                         pass_fds=(wfd,), env=e)
    os.close(wfd)
    f = os.fdopen(rfd)
    pid = int(f.readline().split()[1])
    t_end = time.monotonic() + 0.5
    while time.monotonic() < t_end:
        f.readline()
    ringdir = [v.split("=", 1)[1] for v in open(f"/proc/{pid}/environ").read().split("\0")
               if v.startswith("WEFT_DIR=")][0]
    p.kill()
    p.wait()
    os.kill(pid, signal.SIGKILL)
    check(os.path.isdir(ringdir), "rings of a killed weft are kept until the next run")
    weft_run([A.tracee, "exit", "0"], out_path("after-kill"))
    check(not os.path.exists(ringdir), "the next weft run did not sweep the killed run's rings")
    check(not os.path.exists(out), "a killed weft presented its trace as whole")
    check(os.path.exists(out + ".partial"), "the partial trace is gone")
    con = sqlite3.connect(out + ".partial")
    meta = dict(con.execute("SELECT key, value FROM meta"))
    check(meta.get("complete") == "0", f"partial trace not marked incomplete: {meta.get('complete')}")
    check("incomplete_reason" in meta, "no incomplete_reason")


def fill_rings_alone(name, kill):
    """fill-rings under weft run, 64-event rings; kill(p) ends weft run once the program runs, which
    then starts 150 threads one after another that each fill their ring. Returns the ms they took."""
    rfd, wfd = os.pipe()
    e = dict(os.environ, WEFT_PRELOAD=A.preload)
    p = subprocess.Popen([A.weft, "run", "-q", "-o", out_path(name), "--buffer", "64",
                          "--threshold", "0", "--", A.tracee, "fill-rings", str(wfd)],
                         pass_fds=(wfd,), env=e, stdin=subprocess.PIPE)
    os.close(wfd)
    f = os.fdopen(rfd)
    pid = int(f.readline().split()[1])
    ringdir = [v.split("=", 1)[1] for v in open(f"/proc/{pid}/environ").read().split("\0")
               if v.startswith("WEFT_DIR=")][0]
    kill(p)
    p.stdin.write(b"g")  # the program goes on alone
    p.stdin.close()
    line = f.readline()
    shutil.rmtree(ringdir, ignore_errors=True)
    check(line.startswith("ms "), f"the program did not finish: {line!r}")
    ms = int(line.split()[1])
    # Waiting for room (8 ms by default) once per ring would take 1.2 s; dropping, a few ms.
    check(ms < 600, f"150 threads with full rings took {ms} ms after weft died: they waited for it")
    print(f"{ms} ms")


def proc_state(pid):
    """The state letter in /proc/PID/stat (reading it does not reap a zombie)."""
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]


def t_weft_killed_no_wait():
    """After SIGKILL of weft, a thread whose ring fills drops at once: no wait for a dead collector."""
    def kill(p):
        p.kill()
        p.wait()
    fill_rings_alone("wkill-nowait", kill)


def t_weft_zombie_no_wait():
    """A killed weft not yet reaped (a zombie) is gone too: a thread whose ring fills does not wait for it."""
    killed = []

    def kill_leave_zombie(p):
        # Not p.kill(), p.poll() or p.wait(): they could reap it.
        os.kill(p.pid, signal.SIGKILL)
        killed.append(p)
        t_end = time.monotonic() + 10
        while proc_state(p.pid) != "Z" and time.monotonic() < t_end:
            time.sleep(0.01)
        check(proc_state(p.pid) == "Z", f"weft run is not a zombie: state {proc_state(p.pid)}")
    try:
        fill_rings_alone("wzombie-nowait", kill_leave_zombie)
        check(proc_state(killed[0].pid) == "Z", "weft run was reaped before the program finished")
    finally:
        for p in killed:
            p.wait()


def t_drops():
    """A tiny ring, every call recorded and no waiting for room: events are dropped, and the
    drops are counted, stored and reported in one warning line and by weft analyze."""
    out = out_path("drops")
    # WEFT_FULL_WAIT_US=0: a full ring drops at once instead of waiting up to 8 ms for the
    # collector; 200 000 events through 64 slots then outrun any drainer's wake-ups.
    r = weft_run([A.tracee, "writes", "200000"], out, extra=["--buffer", "64", "--threshold", "0"],
                 env={"WEFT_FULL_WAIT_US": "0"})
    check(r.returncode == 0 and r.stdout == "finished\n", f"{r.returncode} {r.stdout!r}")
    con = db(out)
    dropped = int(one(con, "SELECT value FROM meta WHERE key = 'dropped_events'"))
    check(dropped > 0, "a 64-event ring that never waits dropped events")
    check(dropped == one(con, "SELECT sum(dropped) FROM threads"), "meta and threads agree")
    warn = [l for l in r.stderr.splitlines() if "dropped" in l]
    check(len(warn) == 1 and warn[0].startswith("weft: warning: ") and f"{dropped} events were dropped" in warn[0],
          f"one warning with the count: {r.stderr!r}")
    stored = one(con, "SELECT count(*) FROM events WHERE call = 29")
    counted = one(con, "SELECT sum(count) FROM call_counts WHERE call = 29")
    check(counted >= 200000, f"every write counted ({counted})")
    check(stored + dropped >= 200000, f"stored {stored} + dropped {dropped} cover the 200000 writes")
    a = subprocess.run([A.weft, "analyze", out], capture_output=True, text=True, timeout=60)
    check(a.returncode == 0 and f"{dropped} events were dropped" in a.stdout,
          f"weft analyze reports the drops: {a.returncode} {a.stdout[-800:]!r}")
    print(f"dropped {dropped}, stored {stored}")


# ---------------------------------------------------------------- bad input

def t_missing_program():
    r = weft_run(["/no/such/program"], out_path("missing"))
    check(r.returncode == 127, f"exit {r.returncode}")
    check(len(r.stderr.strip().splitlines()) == 1 and "/no/such/program" in r.stderr, f"stderr {r.stderr!r}")
    check(not os.path.exists(out_path("missing")), "no trace for a missing program")
    r = weft_run(["no-such-program-weft"], out_path("missing2"))
    check(r.returncode == 127, f"PATH lookup: exit {r.returncode}")


def t_unwritable_output():
    marker = os.path.join(TMP, "should-not-exist")
    r = weft_run(["touch", marker], "/nonexistent-dir/x/trace.db")
    check(r.returncode == 2, f"exit {r.returncode}")
    check(len(r.stderr.strip().splitlines()) == 1 and "cannot write" in r.stderr, f"stderr {r.stderr!r}")
    check(not os.path.exists(marker), "the program ran although the output was unwritable")


def t_existing_output():
    out = out_path("exists")
    with open(out, "w") as f:
        f.write("precious")
    r = weft_run([A.tracee, "exit", "0"], out)
    check(r.returncode == 2 and "--force" in r.stderr, f"exit {r.returncode} {r.stderr!r}")
    check(open(out).read() == "precious", "an existing file was overwritten without --force")
    r = weft_run([A.tracee, "exit", "0"], out, extra=["--force"])
    check(r.returncode == 0, f"--force: {r.returncode} {r.stderr}")
    db(out)
    # Without -o: a fresh name in the current directory, never an existing one.
    names = set()
    for _ in range(2):
        r = weft_run([A.tracee, "exit", "0"], None, cwd=TMP)
        check(r.returncode == 0, r.stderr)
        names = {n for n in os.listdir(TMP) if n.startswith("weft_tracee-") and n.endswith(".weft.db")}
    check(len(names) == 2, f"two default names: {names}")


def t_device_output():
    """-o naming a device must never replace it (renaming onto /dev/null once replaced the node)."""
    dev = os.path.join(TMP, "null-like")
    try:
        os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        raise Skip("mknod needs root")
    for extra in ([], ["--force"]):
        r = weft_run([A.tracee, "exit", "0"], dev, extra=extra)
        check(r.returncode == 2, f"-o device {extra}: exit {r.returncode} {r.stderr!r}")
        check(len(r.stderr.strip().splitlines()) == 1, f"one line: {r.stderr!r}")
        check(stat.S_ISCHR(os.stat(dev).st_mode), "the device node was replaced")
    e = dict(os.environ, LD_PRELOAD=A.preload, WEFT_OUT=dev, WEFT_BIN=A.weft)
    r = subprocess.run([A.tracee, "exit", "0"], env=e, capture_output=True, text=True, timeout=30)
    check(r.returncode == 0, f"plain mode with a device as WEFT_OUT hurt the program: {r.returncode}")
    time.sleep(1)
    check(stat.S_ISCHR(os.stat(dev).st_mode), "plain mode replaced the device node")


def t_thread_names():
    """Threads named by the thread that created them carry their own names, not the creator's."""
    r = weft_run([A.tracee, "names"], out_path("names"))
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr}")
    con = db(out_path("names"))
    rows = con.execute("SELECT tid, pid, name FROM threads ORDER BY tid").fetchall()
    main = [n for tid, pid, n in rows if tid == pid]
    others = sorted(n for tid, pid, n in rows if tid != pid)
    check(main and main[0] not in ("producer", "squarer", "printer"), f"main took a worker's name: {rows}")
    check(others == ["printer", "producer", "squarer"], f"worker names: {rows}")


def t_ring_reuse():
    """Threads that reuse an ended thread's ring file (recycling) are stored as themselves."""
    n = 400
    r = weft_run([A.tracee, "churn", str(n)], out_path("reuse"))
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr}")
    files = int(r.stdout.split()[-1])
    check(files < n // 4, f"{files} ring files for {n} threads: rings were not reused")
    con = db(out_path("reuse"))
    rows = con.execute("SELECT tid, name, start_ns, end_ns, dropped FROM threads WHERE tid != pid").fetchall()
    check(len(rows) == n, f"{len(rows)} threads stored of {n}")
    check(len({t for t, *_ in rows}) == n, "two threads stored under one tid")
    check(all(e is not None and e >= s and d == 0 for _, _, s, e, d in rows), "a thread without its end")
    names = sorted(int(nm[1:]) for _, nm, *_ in rows if nm and nm.startswith("c"))
    check(names == list(range(1, n + 1, 2)), f"names: {names[:10]}...")
    # Every thread's counters are its own: thread i took churn_a i times when i is odd, never else.
    got = con.execute(
        "SELECT t.name, c.count FROM call_counts c JOIN threads t ON t.id = c.thread_id "
        "JOIN calls k ON k.id = c.call WHERE k.name = 'pthread_mutex_lock' AND t.tid != t.pid").fetchall()
    check(len(got) == n // 2, f"{len(got)} threads with mutex locks, expected {n // 2}")
    check(all(nm and nm.startswith("c") and cnt == 2 * int(nm[1:]) for nm, cnt in got),
          f"lock counts leak between threads: {[g for g in got if not g[0] or g[1] != 2 * int(g[0][1:])][:5]}")
    total = one(con, "SELECT sum(acquisitions) FROM locks")
    check(total == 2 * sum(range(1, n + 1, 2)), f"locks: {total} acquisitions")
    edges = one(con, "SELECT count(*) FROM lock_order")
    check(edges == n // 2, f"{edges} lock-order rows, expected one per odd thread")
    events = one(con, "SELECT count(*) FROM events e JOIN threads t ON t.id = e.thread_id "
                      "JOIN calls k ON k.id = e.call WHERE k.name = 'thread_start' AND t.tid != t.pid")
    check(events == n, f"{events} thread_start events")


def t_tid_wrap():
    """More threads than pid_max: a ring file named after a tid whose earlier file was deleted is a new thread."""
    pid_max = int(open("/proc/sys/kernel/pid_max").read())
    if pid_max > 70000:
        raise Skip(f"pid_max {pid_max}: tids would not wrap in a short test")
    # 300 live at a time: more than the 128 pooled rings, so most threads make (and the
    # collector deletes) a file of their own, and once tids wrap, names come back.
    n = (pid_max + 20000) // 300 * 300
    out = out_path("tidwrap")
    r = weft_run([A.tracee, "thread-batches", str(n)], out)
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr}")
    con = db(out)
    rows = one(con, "SELECT count(*) FROM threads WHERE tid != pid")
    check(rows == n, f"{rows} threads stored of {n}: rings of reused tids were never read")
    naps = one(con, "SELECT count(*) FROM events e JOIN calls k ON k.id = e.call "
                    "WHERE k.name = 'nanosleep' AND e.tid != e.pid")
    check(naps == n, f"{naps} naps stored of {n}")


def t_ring_reuse_sigkill():
    """A thread on a reused ring, then SIGKILL at once: its events are stored all the same."""
    r = weft_run([A.tracee, "churn-kill", "64"], out_path("reusekill"))
    check(r.returncode == 128 + 9, f"exit {r.returncode}: {r.stderr}")
    con = db(out_path("reusekill"))
    check(one(con, "SELECT exit_signal FROM processes") == 9, "exit_signal 9")
    n = one(con, "SELECT count(*) FROM threads WHERE tid != pid")
    check(n == 65, f"{n} threads stored of 65")
    naps = one(con, "SELECT count(*) FROM events e JOIN calls k ON k.id = e.call "
                    "WHERE k.name = 'nanosleep' AND e.dur_ns >= 3000000 AND e.tid != e.pid")
    check(naps == 1, f"the last thread's 3 ms nap: {naps} events")
    ends = one(con, "SELECT count(*) FROM threads WHERE tid != pid AND end_ns IS NOT NULL")
    check(ends == 65, f"{ends} threads with an end")


def t_disk_full():
    mnt = os.path.join(TMP, "small")
    os.mkdir(mnt)
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt],
                      capture_output=True).returncode != 0:
        raise Skip("cannot mount a small tmpfs (needs root)")
    try:
        out = os.path.join(mnt, "trace.db")
        r = weft_run([A.tracee, "writes", "100000"], out, extra=["--threshold", "0"])
        check(r.stdout == "finished\n", f"the program did not run to completion: {r.stdout!r}")
        check(r.returncode != 0, "weft run succeeded on a full disk")
        check("No space left on device" in r.stderr, f"stderr {r.stderr!r}")
        check(not os.path.exists(out) and not os.path.exists(out + ".partial"),
              f"something left on the full disk: {os.listdir(mnt)}")
    finally:
        subprocess.run(["umount", mnt])


def t_static_binary():
    if not A.tracee_static:
        raise Skip("no static libc to build a static binary")
    r = weft_run([A.tracee_static, "exit", "6"], out_path("static"))
    check(r.returncode == 6, f"exit {r.returncode}")
    check("statically linked" in r.stderr and "running it untraced" in r.stderr, f"stderr {r.stderr!r}")
    check(not os.path.exists(out_path("static")), "a trace claims to cover an untraced program")


def t_setuid_binary():
    prog = os.path.join(TMP, "suid-tracee")
    shutil.copy(A.tracee, prog)
    os.chmod(prog, 0o4755)
    r = weft_run([prog, "exit", "9"], out_path("suid"))
    check(r.returncode == 9, f"exit {r.returncode}")
    check("setuid" in r.stderr and "running it untraced" in r.stderr, f"stderr {r.stderr!r}")


# ---------------------------------------------------------------- real programs

def same_traced_and_untraced(args, name, stdin_path=None, **kw):
    def go(traced):
        fin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
        cmd = ([A.weft, "run", "-q", "-o", out_path(name), "--"] if traced else []) + args
        e = dict(os.environ, WEFT_PRELOAD=A.preload)
        r = subprocess.run(cmd, stdin=fin, capture_output=True, env=e, timeout=100, **kw)
        return r.returncode, r.stdout
    u = go(False)
    t = go(True)
    check(u[0] == t[0], f"{name}: exit status {t[0]} traced vs {u[0]} untraced")
    check(u[1] == t[1], f"{name}: output differs traced vs untraced ({len(t[1])} vs {len(u[1])} bytes)")
    return db(out_path(name))


def need(prog):
    path = shutil.which(prog)
    if not path:
        raise Skip(f"{prog} is not installed")
    return path


def big_input(size=20 << 20):
    path = os.path.join(TMP, "input.bin")
    rnd = __import__("random").Random(42)
    with open(path, "wb") as f:
        # Half random, half repetitive: compressors have real work to do.
        f.write(rnd.randbytes(size // 2))
        f.write(b"weft concurrency " * (size // 2 // 17))
    return path


def t_pigz():
    need("pigz")
    con = same_traced_and_untraced(["pigz", "-p", "2", "-c"], "pigz", stdin_path=big_input())
    n = one(con, "SELECT count(*) FROM threads")
    check(n >= 3, f"pigz -p 2 should have at least 3 threads, trace has {n}")
    check(one(con, "SELECT count(*) FROM events WHERE call IN (17, 18)") > 0, "pigz waits on condvars")


def t_xz():
    need("xz")
    con = same_traced_and_untraced(["xz", "-T2", "-c", "-1"], "xz", stdin_path=big_input())
    n = one(con, "SELECT count(*) FROM threads")
    check(n >= 2, f"xz -T2 should have at least 2 threads, trace has {n}")


def t_python_threads():
    code = ("import threading, time\n"
            "out = [0]*4\n"
            "def w(i):\n"
            "    time.sleep(0.05)\n"
            "    out[i] = sum(range(100000 * (i + 1)))\n"
            "ts = [threading.Thread(target=w, args=(i,), name=f'worker{i}') for i in range(4)]\n"
            "[t.start() for t in ts]; [t.join() for t in ts]\n"
            "print(out)\n")
    con = same_traced_and_untraced([sys.executable, "-c", code], "python")
    n = one(con, "SELECT count(*) FROM threads")
    check(n >= 5, f"python with 4 threads: trace has {n} threads")
    check(one(con, "SELECT count(*) FROM events WHERE call IN (49, 50, 52) OR call BETWEEN 7 AND 18") > 0,
          "sleeps or lock waits recorded")


def t_sqlite():
    need("sqlite3")
    dbfile = os.path.join(TMP, "app.sqlite")
    sql = ("CREATE TABLE IF NOT EXISTS t(x); DELETE FROM t; "
           "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < 20000) "
           "INSERT INTO t SELECT i FROM c; SELECT count(*), sum(x) FROM t;")
    con = same_traced_and_untraced(["sqlite3", dbfile, sql], "sqlite")
    check(one(con, "SELECT count(*) FROM processes WHERE exe LIKE '%sqlite3'") == 1, "sqlite3 traced")
    check(one(con, "SELECT count(*) FROM call_counts WHERE call IN (28,29,30,31,53,54,55,56)") > 0,
          "its file I/O counted")


def t_nginx():
    nginx = need("nginx")
    need("wrk")
    port = free_port()
    root = os.path.join(TMP, "nginx")
    os.makedirs(os.path.join(root, "html"))
    with open(os.path.join(root, "html", "index.html"), "w") as f:
        f.write("hello from weft\n" * 100)
    conf = os.path.join(root, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""worker_processes 1;
error_log {root}/error.log;
pid {root}/nginx.pid;
events {{ worker_connections 256; }}
http {{
  access_log off;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
  server {{ listen 127.0.0.1:{port}; root {root}/html; }}
}}
""")
    out = out_path("nginx")
    e = dict(os.environ, WEFT_PRELOAD=A.preload)
    p = subprocess.Popen([A.weft, "run", "-o", out, "--", nginx, "-c", conf, "-p", root, "-g", "daemon off;"],
                         env=e, stderr=subprocess.PIPE, text=True)
    try:
        wait_port(port)
        w = subprocess.run(["wrk", "-t", "1", "-c", "4", "-d", "2", f"http://127.0.0.1:{port}/"],
                           capture_output=True, text=True, timeout=30)
        check(w.returncode == 0 and "Requests/sec" in w.stdout, f"wrk failed: {w.stdout} {w.stderr}")
    finally:
        p.send_signal(signal.SIGTERM)  # to weft alone: it forwards it to nginx
        rc = p.wait(timeout=60)
    check(rc == 0, f"weft run (nginx) returned {rc}: {p.stderr.read()}")
    con = db(out)
    check(one(con, "SELECT count(*) FROM processes") >= 2, "nginx master and worker")
    worker = one(con, "SELECT count(*) FROM processes WHERE parent_id IS NOT NULL")
    check(worker >= 1, "the worker process is linked to the master")
    tcp = one(con, "SELECT count(*) FROM events WHERE fd_kind = 3") + \
        one(con, "SELECT coalesce(sum(count), 0) FROM call_counts WHERE call IN (34,35,36,37,38,39,40,41)")
    check(one(con, "SELECT count(*) FROM events WHERE call IN (47, 48)") > 0, "epoll waits recorded")
    check(tcp > 0, "network activity recorded")


def t_symlink_exe():
    """A program run through a symlink is named by the path that was run, as the user sees it
    (Debian's /usr/bin/redis-server is a symlink to redis-check-rdb): processes.exe and the
    module of its own call sites, whose symbols still resolve."""
    link = os.path.join(TMP, "renamed-tracee")
    os.symlink(A.tracee, link)
    r = weft_run(["./renamed-tracee", "exit", "0"], out_path("link"), cwd=TMP)
    check(r.returncode == 0, f"weft run through a symlink returned {r.returncode}: {r.stderr}")
    con = db(out_path("link"))
    check(one(con, "SELECT exe FROM processes") == link, f"exe is the path run: {one(con, 'SELECT exe FROM processes')}")
    mods = {m for (m,) in con.execute("SELECT DISTINCT module FROM sites WHERE module LIKE '%tracee%'")}
    check(mods == {link}, f"its call sites are in the path run: {mods}")
    r = weft_run([A.tracee, "exit", "0"], out_path("nolink"))
    con = db(out_path("nolink"))
    check(one(con, "SELECT exe FROM processes") == os.path.realpath(A.tracee), "run by its own path: that path")


def t_redis():
    server = need("redis-server")
    need("redis-benchmark")
    port = free_port()
    out = out_path("redis")
    e = dict(os.environ, WEFT_PRELOAD=A.preload)
    p = subprocess.Popen([A.weft, "run", "-o", out, "--", server, "--port", str(port), "--save", "",
                          "--appendonly", "no", "--bind", "127.0.0.1", "--dir", TMP],
                         env=e, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_port(port)
        b = subprocess.run(["redis-benchmark", "-p", str(port), "-n", "20000", "-q", "-t", "set,get"],
                           capture_output=True, text=True, timeout=60)
        check(b.returncode == 0 and "requests per second" in b.stdout, f"benchmark failed: {b.stdout}")
    finally:
        subprocess.run(["redis-cli", "-p", str(port), "shutdown", "nosave"], capture_output=True)
        rc = p.wait(timeout=60)
    check(rc == 0, f"weft run (redis) returned {rc}: {p.stderr.read()}")
    con = db(out)
    check(one(con, "SELECT count(*) FROM threads") >= 1, "redis threads")
    n = one(con, "SELECT count(*) FROM events WHERE fd_kind = 3")
    check(n > 0, "redis network events with fd_kind tcp")
    check(one(con, "SELECT count(*) FROM events WHERE call IN (47, 48)") > 0, "epoll waits recorded")
    if os.path.islink(server):
        check(one(con, "SELECT exe FROM processes") == server,
              f"redis-server named as run, not as its target {os.path.realpath(server)}")


def ring_dirs():
    return {n for n in os.listdir("/dev/shm") if n.startswith("weft-")} if os.path.isdir("/dev/shm") else set()


def plain_run(args, out, weft_bin=None):
    """Runs ARGS with LD_PRELOAD and WEFT_OUT=OUT (plain mode); waits for the finished trace."""
    e = dict(os.environ, LD_PRELOAD=A.preload, WEFT_OUT=out, WEFT_BIN=weft_bin or A.weft)
    r = subprocess.run(args, env=e, capture_output=True, text=True, timeout=30)
    t_end = time.monotonic() + (0 if weft_bin else 20)
    while (not os.path.exists(out) or os.path.exists(out + ".partial")) and time.monotonic() < t_end:
        time.sleep(0.05)
    return r


def wait_no_new_dirs(before, what):
    t_end = time.monotonic() + 5  # the collector removes its directory right after the rename
    while ring_dirs() - before and time.monotonic() < t_end:
        time.sleep(0.05)
    check(not ring_dirs() - before, f"{what} left ring directories behind: {ring_dirs() - before}")


def t_preload_only():
    """LD_PRELOAD=... WEFT_OUT=trace.db PROG: the detached collector writes the same kind of trace."""
    out = out_path("plain")
    before = ring_dirs()
    r = plain_run([A.tracee, "fork"], out)
    check(r.returncode == 0 and r.stdout == "child 5\n", f"plain mode run: {r.returncode} {r.stderr}")
    con = db(out)
    wait_no_new_dirs(before, "plain mode")
    check(one(con, "SELECT count(*) FROM processes") == 2, "two processes")
    check(one(con, "SELECT count(*) FROM processes WHERE parent_id IS NOT NULL") == 1, "child linked")
    r2 = weft_run([A.tracee, "fork"], out_path("viarun"))
    con2 = db(out_path("viarun"))
    q = "SELECT count(*) FROM events WHERE call IN (49, 58, 60)"
    check(one(con, q) == one(con2, q), "same events as weft run")
    wait_no_new_dirs(before, "weft run")
    # No collector to start (a wrong WEFT_BIN): the program runs untraced and leaves nothing.
    r = plain_run([A.tracee, "exit", "3"], out_path("nobin"), weft_bin="/nonexistent/weft")
    check(r.returncode == 3, f"without a collector the program still runs: {r.returncode}")
    wait_no_new_dirs(before, "plain mode without a collector")


def t_preload_only_drop_privileges():
    """Plain mode: a worker that drops to nobody (like nginx's) can still make rings for new threads."""
    if os.geteuid() != 0:
        raise Skip("needs root to drop privileges")
    out = out_path("dropped")
    r = plain_run([A.tracee, "drop-priv"], out)
    check(r.returncode == 0, f"drop-priv: {r.returncode} {r.stderr}")
    con = db(out)
    n = one(con, "SELECT count(*) FROM threads t JOIN processes p ON p.id = t.process_id "
                 "WHERE p.parent_id IS NOT NULL")
    check(n == 2, f"the child that became nobody has its main thread and its new thread: {n}")


CASES = {name[2:]: fn for name, fn in globals().items() if name.startswith("t_")}


def main():
    global A, TMP
    ap = argparse.ArgumentParser()
    ap.add_argument("case", choices=sorted(CASES))
    ap.add_argument("--weft", required=True)
    ap.add_argument("--preload", required=True)
    ap.add_argument("--tracee", required=True)
    ap.add_argument("--tracee-static", default="")
    A = ap.parse_args()
    TMP = tempfile.mkdtemp(prefix="weft-run-test-")
    try:
        CASES[A.case]()
    except Skip as s:
        print(f"SKIP {A.case}: {s}")
        return SKIP
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print(f"PASS {A.case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
