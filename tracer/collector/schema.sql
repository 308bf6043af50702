-- trace.db schema, version 3.  Documented in docs/trace-schema.md; the collector creates it.
-- All times are CLOCK_MONOTONIC nanoseconds (one clock for every process of the trace).
PRAGMA user_version = 3;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
-- keys: schema_version, weft_version, complete ('1' or '0'), command (JSON array),
--       start_ns, end_ns, ncpus, hostname, io_threshold_ns, dropped_events,
--       clock ('CLOCK_MONOTONIC'), incomplete_reason,
--       buffer_events, top_pid, top_exit_status (added in version 1; see docs/trace-schema.md),
--       sample_interval_ns (version 2); bounded traces (weft run --last, --duration,
--       --max-size): bound, last_ns, last_bytes, duration_ns, max_bytes, kept_from_ns,
--       left_out_before, stopped_ns, stop_reason, left_out_after, snapshot_ns

CREATE TABLE calls (id INTEGER PRIMARY KEY, name TEXT NOT NULL, category TEXT NOT NULL);
CREATE TABLE fd_kinds (id INTEGER PRIMARY KEY, name TEXT NOT NULL);

CREATE TABLE processes (
    id INTEGER PRIMARY KEY,          -- one row per process image (exec makes a new row)
    pid INTEGER NOT NULL,
    ppid INTEGER,
    parent_id INTEGER REFERENCES processes(id), -- parent's row when traced
    exec_from INTEGER REFERENCES processes(id), -- the image this one replaced by exec
    exe TEXT, argv TEXT,             -- the path executed (a symlink by its own name); argv as a JSON array
    start_ns INTEGER NOT NULL, end_ns INTEGER,
    exit_code INTEGER, exit_signal INTEGER  -- NULL when unknown
);

CREATE TABLE threads (
    id INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES processes(id),
    pid INTEGER NOT NULL, tid INTEGER NOT NULL,
    name TEXT,                       -- last name set (pthread_setname_np, prctl)
    start_routine TEXT,              -- symbol of the start routine, when known
    creator_tid INTEGER,             -- thread that created it, NULL for main/unknown
    start_ns INTEGER NOT NULL, end_ns INTEGER,
    cpu_ns INTEGER,                  -- CPU time used, when known
    dropped INTEGER NOT NULL DEFAULT 0 -- events lost to a full ring
);

CREATE TABLE coroutines (
    id INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES processes(id),
    pid INTEGER NOT NULL,
    key INTEGER NOT NULL,            -- identity in the process (stack address or annotation id)
    stack_size INTEGER,
    entry TEXT,                      -- entry function symbol
    name TEXT,
    created_tid INTEGER, created_ns INTEGER, ended_ns INTEGER
);

CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES processes(id),
    addr INTEGER NOT NULL,           -- return address in the process
    module TEXT, offset INTEGER,     -- file and offset within it
    symbol TEXT, file TEXT, line INTEGER  -- when resolvable
);

-- Version 3: one narrow row per recorded event (blocking calls at or above the threshold,
-- contended acquisitions, waits, switches, lifecycle and annotation records); its process
-- and thread ids are its thread's row, the rare holder_tid and detail are in event_details.
-- The view events below presents every event with all its columns, as version 2 stored them.
CREATE TABLE event_rows (
    id INTEGER PRIMARY KEY,
    ts_ns INTEGER NOT NULL, dur_ns INTEGER NOT NULL,
    thread_id INTEGER NOT NULL REFERENCES threads(id),
    coroutine_id INTEGER REFERENCES coroutines(id), -- NULL: the thread's own stack
    call INTEGER NOT NULL REFERENCES calls(id),
    fd_kind INTEGER REFERENCES fd_kinds(id),
    obj INTEGER, obj2 INTEGER,       -- per call: fd, lock, cond, child pid, coroutine...
    ret INTEGER, errno INTEGER,
    site_id INTEGER REFERENCES sites(id)
);
-- Only for the events that have one of these.
CREATE TABLE event_details (
    event_id INTEGER PRIMARY KEY REFERENCES event_rows(id),
    holder_tid INTEGER,              -- for lock waits: the holder when known
    detail TEXT                      -- path, peer address, name: per call
);
CREATE INDEX IF NOT EXISTS events_thread_ts ON event_rows(thread_id, ts_ns);

-- Every event with the columns of version 2's events table, in the same order.  A query
-- that does not name process_id, pid, tid, holder_tid or detail reads event_rows alone
-- (SQLite drops a LEFT JOIN on a unique key whose columns are not used).
CREATE VIEW events AS
SELECT e.id AS id, e.ts_ns AS ts_ns, e.dur_ns AS dur_ns, t.process_id AS process_id, t.pid AS pid,
       t.tid AS tid, e.thread_id AS thread_id, e.coroutine_id AS coroutine_id, e.call AS call,
       e.fd_kind AS fd_kind, e.obj AS obj, e.obj2 AS obj2, e.ret AS ret, e.errno AS errno,
       d.holder_tid AS holder_tid, e.site_id AS site_id, d.detail AS detail
FROM event_rows e LEFT JOIN threads t ON t.id = e.thread_id
LEFT JOIN event_details d ON d.event_id = e.id;

-- INSERT INTO events (tools, tests) stores the row and its details; process_id, pid and
-- tid come from the threads row and are not stored.
CREATE TRIGGER events_insert INSTEAD OF INSERT ON events BEGIN
    INSERT INTO event_rows(id, ts_ns, dur_ns, thread_id, coroutine_id, call, fd_kind, obj, obj2,
                           ret, errno, site_id)
    VALUES (NEW.id, NEW.ts_ns, NEW.dur_ns, NEW.thread_id, NEW.coroutine_id, NEW.call, NEW.fd_kind,
            NEW.obj, NEW.obj2, NEW.ret, NEW.errno, NEW.site_id);
    INSERT INTO event_details(event_id, holder_tid, detail)
    SELECT last_insert_rowid(), NEW.holder_tid, NEW.detail
    WHERE NEW.holder_tid IS NOT NULL OR NEW.detail IS NOT NULL;
END;

-- Per thread and call: every call counted, short ones included.
CREATE TABLE call_counts (
    thread_id INTEGER NOT NULL REFERENCES threads(id),
    call INTEGER NOT NULL REFERENCES calls(id),
    count INTEGER NOT NULL, total_ns INTEGER NOT NULL, max_ns INTEGER NOT NULL,
    errors INTEGER NOT NULL, bytes INTEGER NOT NULL, recorded INTEGER NOT NULL,
    PRIMARY KEY (thread_id, call)
);

-- Per lock (summed over threads): uncontended acquisitions cost only these counters.
CREATE TABLE locks (
    id INTEGER PRIMARY KEY,
    process_id INTEGER NOT NULL REFERENCES processes(id),
    addr INTEGER NOT NULL,
    kind TEXT,                       -- mutex, rwlock, spinlock, sem, barrier, mtx
    name TEXT,                       -- symbol of a global lock, when known
    init_site_id INTEGER REFERENCES sites(id),
    acquisitions INTEGER NOT NULL, contended INTEGER NOT NULL,
    wait_total_ns INTEGER NOT NULL, wait_max_ns INTEGER NOT NULL,
    hold_total_ns INTEGER NOT NULL, hold_max_ns INTEGER NOT NULL
);

-- "acquired was taken while held was held", per thread, first sites.
CREATE TABLE lock_order (
    process_id INTEGER NOT NULL REFERENCES processes(id),
    thread_id INTEGER NOT NULL REFERENCES threads(id),
    held_addr INTEGER NOT NULL, acquired_addr INTEGER NOT NULL,
    held_site_id INTEGER REFERENCES sites(id),
    acquired_site_id INTEGER REFERENCES sites(id),
    count INTEGER NOT NULL, first_ns INTEGER
);

-- Version 2: the kernel's accounting of each traced thread, read by the collector from
-- outside the program every sample interval (meta sample_interval_ns) and when the thread
-- or its process ends.  Counters are cumulative since the thread was created.
CREATE TABLE thread_samples (
    thread_id INTEGER NOT NULL REFERENCES threads(id),
    ts_ns INTEGER NOT NULL,          -- when read
    cpu_ns INTEGER NOT NULL,         -- /proc/PID/task/TID/schedstat 1: time on a CPU
    runnable_ns INTEGER NOT NULL,    -- schedstat 2: time ready, waiting for a CPU (run queue)
    timeslices INTEGER NOT NULL,     -- schedstat 3: times it was given a CPU
    user_ns INTEGER, system_ns INTEGER, -- /proc/PID/task/TID/stat utime, stime (clock ticks); NULL: not read this time
    final INTEGER NOT NULL DEFAULT 0 -- 1: read when the thread or its process ended
);

-- Version 2: the whole machine's CPU time (/proc/stat, all CPUs), cumulative since boot,
-- and the collector's own (getrusage), every sample interval (at least 50 ms apart).
CREATE TABLE machine_samples (
    ts_ns INTEGER NOT NULL,
    user_ns INTEGER NOT NULL, nice_ns INTEGER NOT NULL, system_ns INTEGER NOT NULL,
    idle_ns INTEGER NOT NULL, iowait_ns INTEGER NOT NULL, irq_ns INTEGER NOT NULL,
    softirq_ns INTEGER NOT NULL, steal_ns INTEGER NOT NULL,
    collector_ns INTEGER NOT NULL    -- CPU time of weft's collector process itself
);
CREATE INDEX IF NOT EXISTS thread_samples_thread_ts ON thread_samples(thread_id, ts_ns);

-- Readable view for people writing SQL.
CREATE VIEW events_named AS
SELECT e.*, c.name AS call_name, c.category AS category, k.name AS fd_kind_name,
       s.symbol AS site_symbol, s.file AS site_file, s.line AS site_line
FROM events e JOIN calls c ON c.id = e.call
LEFT JOIN fd_kinds k ON k.id = e.fd_kind
LEFT JOIN sites s ON s.id = e.site_id;
