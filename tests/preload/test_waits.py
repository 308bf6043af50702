#!/usr/bin/env python3
"""Integration tests of the waits servers make (sendfile, splice, tee, copy_file_range, the signal
waits, epoll_pwait2, io_uring_enter, timed waits that time out): what lands in trace.db and how
`weft analyze` classifies it, on weft-test-waits and on Debian's nginx (its master sits in
sigsuspend)."""
import errno
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "common"))
import cases  # noqa: E402
from cases import Skip, check  # noqa: E402
from servers import free_port, wait_port  # noqa: E402

A = None  # the command line (cases.main): weft, preload, prog
TMP = None  # this run's scratch directory


def env():
    return dict(os.environ, WEFT_PRELOAD=A.preload)


def traced(mode, *args):
    """Runs weft-test-waits MODE untraced and under `weft run --threshold 0`; same output and exit.
    The kernel's samples are off: these cases check how each call's time is classified, and
    with samples the part of a short call spent on a CPU is running, not a wait."""
    prog = [A.prog, mode] + list(args)
    u = subprocess.run(prog, capture_output=True, text=True, timeout=60)
    out = os.path.join(TMP, mode + ".db")
    t = subprocess.run([A.weft, "run", "-q", "-o", out, "--threshold", "0", "--sample-interval", "0", "--"] + prog,
                       capture_output=True, text=True, env=env(), timeout=60)
    check(u.returncode == 0 and t.returncode == 0, f"{mode}: exit {u.returncode} untraced, {t.returncode} traced: {t.stderr}")
    check(u.stdout == t.stdout, f"{mode}: output differs:\n{u.stdout}\nvs traced\n{t.stdout}")
    return sqlite3.connect(f"file:{out}?mode=ro", uri=True), out, t.stdout


def analyze(path):
    r = subprocess.run([A.weft, "analyze", "--format", "json", path], capture_output=True, text=True, timeout=60)
    check(r.returncode == 0, f"analyze: {r.returncode} {r.stderr}")
    return json.loads(r.stdout)


def rows(con, call):
    """(obj, obj2, ret, errno, fd kind name, dur) of every event of the call named `call`."""
    return con.execute("SELECT e.obj, e.obj2, e.ret, e.errno, k.name, e.dur_ns FROM events e "
                       "JOIN calls c ON c.id = e.call LEFT JOIN fd_kinds k ON k.id = e.fd_kind "
                       "WHERE c.name = ? ORDER BY e.ts_ns", (call,)).fetchall()


def counts(con, call):
    """(count, errors, bytes) of the call named `call`, summed over threads."""
    return con.execute("SELECT sum(n.count), sum(n.errors), sum(n.bytes) FROM call_counts n "
                       "JOIN calls c ON c.id = n.call WHERE c.name = ?", (call,)).fetchone()


def main_thread(a):
    return next(t for t in a["threads"] if t["tid"] == t["pid"])


def t_copies():
    con, out, _ = traced("copies", TMP)
    check([r[2] for r in rows(con, "sendfile")] == [5000], "sendfile moved 5000 bytes")
    check(rows(con, "sendfile")[0][4] == "tcp", f"sendfile to a TCP socket: {rows(con, 'sendfile')}")
    # splice file -> pipe waits on the file, pipe -> socket on the socket: the end that is not a pipe.
    check([(r[2], r[4]) for r in rows(con, "splice")] == [(3000, "file"), (3000, "tcp")],
          f"splice: {rows(con, 'splice')}")
    check([(r[2], r[4]) for r in rows(con, "tee")] == [(3000, "pipe")], f"tee: {rows(con, 'tee')}")
    check([(r[2], r[4]) for r in rows(con, "copy_file_range")] == [(5000, "file")],
          f"copy_file_range: {rows(con, 'copy_file_range')}")
    check(counts(con, "splice") == (2, 0, 6000), f"splice counts {counts(con, 'splice')}")
    check(counts(con, "sendfile") == (1, 0, 5000), f"sendfile counts {counts(con, 'sendfile')}")
    check(one_cat(con, "sendfile") == "io" and one_cat(con, "copy_file_range") == "io", "category io")
    st = main_thread(analyze(out))["states"]
    check(st["net_io"] > 0 and st["file_io"] > 0 and st["ipc_io"] > 0, f"copies classified by fd kind: {st}")


def one_cat(con, call):
    return con.execute("SELECT category FROM calls WHERE name = ?", (call,)).fetchone()[0]


def t_signals():
    con, out, _ = traced("signals")
    for call in ("sigsuspend", "pause", "sigwait", "sigwaitinfo", "sigtimedwait"):
        check(one_cat(con, call) == "sigwait", f"{call} has category sigwait")
    (s,) = rows(con, "sigsuspend")
    check(s[2] == -1 and s[3] == errno.EINTR and s[5] >= 30_000_000, f"sigsuspend event {s}")
    (p,) = rows(con, "pause")
    check(p[2] == -1 and p[3] == errno.EINTR and p[5] >= 30_000_000, f"pause event {p}")
    (w,) = rows(con, "sigwait")
    check(w[0] == 1 << (signal.SIGUSR2 - 1) and w[1] == signal.SIGUSR2 and w[2] == 0, f"sigwait event {w}")
    (i,) = rows(con, "sigwaitinfo")
    check(i[2] == signal.SIGUSR2, f"sigwaitinfo event {i}")
    timed = [r for r in rows(con, "sigtimedwait") if r[1] == 50_000_000]
    check(len(timed) == 1 and timed[0][3] == errno.EAGAIN and timed[0][5] >= 45_000_000, f"sigtimedwait {timed}")
    # Their normal returns (EINTR, a timeout) are not errors.
    for call in ("sigsuspend", "pause", "sigwait", "sigwaitinfo", "sigtimedwait"):
        check(counts(con, call)[1] == 0, f"{call}: errors {counts(con, call)}")
    a = analyze(out)
    m = main_thread(a)
    waited = s[5] + p[5] + w[5] + i[5] + timed[0][5]
    check(m["states"]["poll"] >= waited * 0.99, f"signal waits are event waits (poll): {m['states']} vs {waited}")
    check(m["idle_ns"] >= waited * 0.99, f"and idle: {m['idle_ns']} vs {waited}")
    check(m["states"]["unexplained"] < 0.05 * (m["end_ns"] - m["start_ns"]), f"nothing unexplained: {m['states']}")
    check(a["verdict"] == "idle", f"verdict {a['verdict']}")
    check(any("sigtimedwait()" in e or "pause()" in e for e in a["evidence"]), f"evidence names the waits: {a['evidence']}")


def t_events():
    con, out, text = traced("events")
    (e,) = rows(con, "epoll_pwait2")
    check(e[2] == 0 and e[4] == "epoll" and e[5] >= 45_000_000, f"epoll_pwait2 event {e}")
    check(one_cat(con, "epoll_pwait2") == "poll", "epoll_pwait2 is a poll")
    m = main_thread(analyze(out))
    check(m["states"]["poll"] >= e[5], f"epoll_pwait2 time is poll: {m['states']}")
    if "io_uring unavailable" in text:
        raise Skip("io_uring_setup fails here: epoll_pwait2 checked, io_uring_enter not")
    (u,) = rows(con, "io_uring_enter")
    check(u[1] == 1 and u[2] == -1 and u[3] == errno.ETIME and u[5] >= 45_000_000, f"io_uring_enter event {u}")
    check(counts(con, "io_uring_enter")[1] == 0, "a wait that timed out is not an error")
    check(one_cat(con, "io_uring_enter") == "poll", "io_uring_enter is a poll")
    check(m["states"]["poll"] >= e[5] + u[5], f"io_uring_enter time is poll: {m['states']}")
    check(m["idle_ns"] >= e[5] + u[5], f"both found nothing: idle {m['idle_ns']}")


def t_timeouts():
    con, out, text = traced("timeouts")
    check(text == "timeouts Connection timed out Connection timed out Connection timed out Bad file descriptor\n", text)
    for call in ("pthread_cond_timedwait", "sem_timedwait", "pthread_mutex_timedlock"):
        r = rows(con, call)
        check(len(r) == 1 and r[0][3] == errno.ETIMEDOUT, f"{call}: the event keeps ETIMEDOUT: {r}")
        check(counts(con, call)[1] == 0, f"{call}: a timed wait that timed out is not an error: {counts(con, call)}")
    check(counts(con, "read")[1] == 1, f"a real error still counts: {counts(con, 'read')}")


def t_nginx_master():
    """nginx's master waits in sigsuspend for its whole life: a signal wait (poll, idle), not unexplained."""
    nginx = shutil.which("nginx")
    if not nginx:
        raise Skip("nginx is not installed (scripts/bootstrap --test)")
    port = free_port()
    root = os.path.join(TMP, "nginx")
    os.makedirs(os.path.join(root, "html"))
    conf = os.path.join(root, "nginx.conf")
    with open(conf, "w") as f:
        f.write(f"""worker_processes 1;
error_log {root}/error.log;
pid {root}/nginx.pid;
events {{ worker_connections 64; }}
http {{
  access_log off;
  client_body_temp_path {root}/tmp; proxy_temp_path {root}/tmp; fastcgi_temp_path {root}/tmp;
  uwsgi_temp_path {root}/tmp; scgi_temp_path {root}/tmp;
  server {{ listen 127.0.0.1:{port}; root {root}/html; }}
}}
""")
    out = os.path.join(TMP, "nginx.db")
    p = subprocess.Popen([A.weft, "run", "-q", "-o", out, "--", nginx, "-c", conf, "-p", root, "-g", "daemon off;"],
                         env=env(), stderr=subprocess.PIPE, text=True)
    try:
        wait_port(port)
        time.sleep(1.5)
    finally:
        p.send_signal(signal.SIGTERM)  # weft forwards it to nginx
        rc = p.wait(timeout=60)
    check(rc == 0, f"weft run (nginx) returned {rc}: {p.stderr.read()}")
    con = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
    master = con.execute("SELECT pid FROM processes WHERE parent_id IS NULL").fetchone()[0]
    n, total = con.execute("SELECT count(*), sum(e.dur_ns) FROM events e JOIN threads t ON t.id = e.thread_id "
                           "JOIN calls c ON c.id = e.call WHERE t.tid = ? AND c.name = 'sigsuspend'",
                           (master,)).fetchone()
    check(n >= 1 and total >= 1_000_000_000, f"the master's sigsuspend: {n} events, {total} ns")
    a = analyze(out)
    m = next(t for t in a["threads"] if t["tid"] == master)
    life = m["end_ns"] - m["start_ns"]
    st = m["states"]
    check(st["poll"] >= 0.8 * life, f"the master waits for signals (poll) most of its life: {st} of {life}")
    check(m["idle_ns"] >= 0.8 * life, f"and that is idle: {m['idle_ns']} of {life}")
    check(st["unexplained"] <= 0.1 * life, f"not unexplained any more: {st}")


if __name__ == "__main__":
    sys.exit(cases.main_module(globals(), "weft-waits-test-"))
