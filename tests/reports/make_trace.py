#!/usr/bin/env python3
"""Writes a synthetic trace.db (schema from tracer/collector/schema.sql) for report/export tests and the bench."""
# Usage: make_trace.py SCHEMA_SQL CALLS_H OUT_DB [--events N] [--threads T] [--seed S]
# The trace has two processes (a fork that execs), named threads (one with an HTML
# injection name), coroutines, lock waits with holders, cond waits, sleeps, file and
# network I/O, joins and a waitpid, so every lane kind, state and arrow is exercised.
import argparse
import os
import random
import re
import sqlite3

ap = argparse.ArgumentParser()
ap.add_argument("schema")
ap.add_argument("calls_h")
ap.add_argument("out")
ap.add_argument("--events", type=int, default=2000)
ap.add_argument("--threads", type=int, default=4)
ap.add_argument("--seed", type=int, default=1)
args = ap.parse_args()
rnd = random.Random(args.seed)

hdr = open(args.calls_h).read()
calls = {m.group(2): (int(m.group(1)), m.group(3), m.group(4))
         for m in re.finditer(r'X\((\d+), (\w+), "(\w+)", WEFT_CAT_(\w+)\)', hdr)}
# Only the fd kinds: the categories' list has the same shape.
fds = {m.group(2): int(m.group(1))
       for m in re.finditer(r'X\((\d+), (\w+), "(\w+)"\)', hdr[hdr.index("#define WEFT_FD_KINDS"):])}
C = {k: v[0] for k, v in calls.items()}

if os.path.exists(args.out):
    os.unlink(args.out)
db = sqlite3.connect(args.out)
db.executescript(open(args.schema).read())
db.executemany("INSERT INTO calls VALUES (?,?,?)",
               [(v[0], v[1], v[2].lower()) for v in calls.values()])
db.executemany("INSERT INTO fd_kinds VALUES (?,?)", [(v, k.lower()) for k, v in fds.items()])

T0 = 1_000_000_000
EVIL = "</script><script>alert(1)</script>"
nthreads = max(args.threads, 3)
per_worker = max(args.events // (nthreads - 1), 20)
# Each worker spends ~7.4 us per event on average, so the trace length scales with N.
span = per_worker * 8_000
END = T0 + span + 5_000_000

db.execute("INSERT INTO processes VALUES (1, 100, 1, NULL, NULL, '/usr/bin/demo', "
           "'[\"demo\",\"--jobs\",\"4\"]', ?, ?, 0, NULL)", (T0, END))
child_start = T0 + span // 3
child_exec = child_start + 200_000
child_end = child_exec + span // 4
db.execute("INSERT INTO processes VALUES (2, 101, 100, 1, NULL, '/usr/bin/demo', "
           "'[\"demo\"]', ?, ?, NULL, NULL)", (child_start, child_exec))
db.execute("INSERT INTO processes VALUES (3, 101, 100, 1, 2, '/bin/gzip', "
           "'[\"gzip\",\"-9\",\"<in>&out\"]', ?, ?, 0, NULL)", (child_exec, child_end))

threads = [(1, 1, 100, 100, "demo", None, None, T0, END, span // 2, 0)]
names = ["worker-%d" % i for i in range(1, nthreads)]
names[1] = EVIL
for i, name in enumerate(names):
    tid = 101 + i
    threads.append((2 + i, 1, 100, tid, name, "worker" if i % 2 == 0 else "net_loop", 100,
                    T0 + 50_000 * (i + 1), T0 + span + 1_000_000 + 10_000 * i, span // 3,
                    3 if i == 0 else 0))
threads.append((len(threads) + 1, 2, 101, 101, "demo", None, None, child_start, child_exec, 0, 0))
threads.append((len(threads) + 1, 3, 101, 101, "gzip", None, None, child_exec, child_end, 0, 0))
db.executemany("INSERT INTO threads VALUES (?,?,?,?,?,?,?,?,?,?,?)", threads)
db.executemany("INSERT INTO coroutines VALUES (?,1,100,?,65536,?,?,101,?,?)",
               [(1, 0x7f0000001000, "upload", "uploader", T0 + 100_000, T0 + span),
                (2, 0x7f0000002000, "download", None, T0 + 120_000, T0 + span)])
db.executemany("INSERT INTO sites VALUES (?,1,?,?,?,?,?,?)",
               [(1, 0x401000, "/usr/bin/demo", 0x1000, "worker", "demo.c", 42),
                (2, 0x401200, "/usr/bin/demo", 0x1200, "net_loop", "net.c", 17),
                (3, 0x401400, "/usr/bin/demo", 0x1400, None, None, None)])

events = []


def ev(ts, dur, proc, pid, tid, thread_id, call, fd=None, obj=None, obj2=None, ret=0,
       err=0, holder=None, site=None, detail=None, coro=None):
    events.append((ts, dur, proc, pid, tid, thread_id, coro, C[call], fd, obj, obj2, ret, err,
                   holder, site, detail))


workers = threads[1:1 + len(names)]
for t in workers:
    ev(t[7] - 20_000, 15_000, 1, 100, 100, 1, "PTHREAD_CREATE", obj=0x401000, obj2=t[3], site=3)
    ev(t[7], 0, 1, 100, t[3], t[0], "THREAD_START")
ev(child_start - 30_000, 25_000, 1, 100, 100, 1, "FORK", obj=101, ret=101, site=3)
ev(child_exec - 1_000, 500, 2, 101, 101, threads[-2][0], "EXECVE", ret=0, detail="/bin/gzip")
ev(child_exec + 5_000, 20_000, 3, 101, 101, threads[-1][0], "READ", fd=fds["PIPE"], obj=0,
   ret=65536, detail="pipe:[1234]")
ev(child_start + 1_000, child_end - child_start, 1, 100, 100, 1, "WAITPID", obj=101, ret=101, site=3)

states = [("READ", "FILE", "/var/data/input-<1>.bin"), ("RECV", "TCP", "10.0.0.7:443"),
          ("PTHREAD_MUTEX_LOCK", None, None), ("PTHREAD_COND_WAIT", None, None),
          ("NANOSLEEP", None, None), ("EPOLL_WAIT", "EPOLL", None), ("WRITE", "PIPE", "pipe:[99]"),
          ("SEND", "UNIX", "/run/demo.sock"), ("FSYNC", "FILE", "/var/data/out.log")]
# Round-robin: the workers fill their budgets evenly until the total reaches N.
budget = args.events - len(events) - 2 * len(workers) - 8
cursor = {t[0]: t[7] + 10_000 for t in workers}
k = 0
while budget > 0:
    t = workers[k % len(workers)]
    k += 1
    ts = cursor[t[0]] + rnd.randint(500, 8_000)
    call, kind, detail = states[rnd.randrange(len(states))]
    dur = rnd.randint(300, 6_000)
    holder = None
    coro = None
    if call == "PTHREAD_MUTEX_LOCK":
        holder = workers[(k + 1) % len(workers)][3]
    if t is workers[0] and rnd.random() < 0.3:
        coro = 1 + (k % 2)
    obj = 0x401000 if call == "PTHREAD_MUTEX_LOCK" else 0x402000 if call == "PTHREAD_COND_WAIT" else 7
    err = 11 if rnd.random() < 0.01 else 0
    ev(ts, dur, 1, 100, t[3], t[0], call, fd=fds[kind] if kind else None, obj=obj,
       ret=-1 if err and kind else rnd.randint(1, 4096) if kind else 0, err=err,
       holder=holder, site=1 + (k % 3), detail=detail, coro=coro)
    cursor[t[0]] = ts + dur
    budget -= 1
for i, t in enumerate(workers):
    ev(t[8], 0, 1, 100, t[3], t[0], "THREAD_END")
for t in workers:
    ev(max(cursor[t[0]], t[8]) + 100, 2_000, 1, 100, 100, 1, "CORO_SWITCH", obj=0x7f0000001000,
       obj2=0x7f0000002000, coro=1)
    break
join_at = max(t[8] for t in workers)
ev(join_at - 500_000, 500_000 + 1_000, 1, 100, 100, 1, "PTHREAD_JOIN", obj=workers[-1][3], site=3)
ev(END - 1_000, 0, 1, 100, 100, 1, "EXIT", ret=0)

db.executemany("INSERT INTO events (ts_ns,dur_ns,process_id,pid,tid,thread_id,coroutine_id,call,"
               "fd_kind,obj,obj2,ret,errno,holder_tid,site_id,detail) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", events)
# A path that is not UTF-8 (Linux file names are bytes): outputs must stay valid JSON.
# (events is a view since schema 3: the string is in event_details.)
db.execute("UPDATE event_details SET detail = CAST(X'2f746d702f696e7075742dff2e62696e' AS TEXT) "
           "WHERE event_id = (SELECT min(event_id) FROM event_details WHERE detail IS NOT NULL)")
db.executemany("INSERT INTO meta VALUES (?,?)", [
    ("schema_version", "1"), ("weft_version", "0.1.0"), ("complete", "1"),
    ("command", '["demo","--jobs","4"]'), ("start_ns", str(T0)), ("end_ns", str(END)),
    ("ncpus", "2"), ("clock", "CLOCK_MONOTONIC"), ("dropped_events", "3")])
db.execute("INSERT INTO locks VALUES (1,1,4198400,'mutex','queue_lock',1,1000,40,900000,9000,"
           "500000,2000)")
db.execute("INSERT INTO locks VALUES (2,1,4202496,'mutex','stats_lock',2,500,3,30000,12000,"
           "90000,900)")
# queue_lock then stats_lock in one worker, the other order in another: a lock-order cycle.
db.executemany("INSERT INTO lock_order VALUES (1,?,?,?,?,?,?,?)",
               [(workers[0][0], 4198400, 4202496, 1, 2, 5, T0 + 200_000),
                (workers[2][0], 4202496, 4198400, 2, 1, 2, T0 + 300_000)])
# Counters: every call counted, the recorded events among them plus short unrecorded ones.
db.execute("INSERT INTO call_counts SELECT thread_id, call, count(*) * 3, sum(dur_ns) * 2, max(dur_ns), "
           "sum(errno != 0), sum(CASE WHEN ret > 0 AND fd_kind > 0 THEN ret ELSE 0 END), count(*) "
           "FROM events GROUP BY thread_id, call")
db.commit()
db.close()
print(len(events))
