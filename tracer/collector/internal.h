/* Private state shared by the collector's files (scan, drain, store, sites, finalize). */
#ifndef WEFT_COLLECTOR_INTERNAL_H
#define WEFT_COLLECTOR_INTERNAL_H

#include "collector.h"
#include "weft_calls.h"
#include "weft_ring.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* u64 -> u64 open-addressed map; key 0 is reserved for empty slots. */
struct weft__map {
    uint64_t *keys, *vals;
    size_t cap, len;
};
int weft__map_put(struct weft__map *m, uint64_t key, uint64_t val);
/* Returns 1 and sets *val when found, 0 otherwise. */
int weft__map_get(const struct weft__map *m, uint64_t key, uint64_t *val);
void weft__map_free(struct weft__map *m);

/* A name one thread gave another (pthread_setname_np(other, ...)), latest wins. */
struct weft__given_name {
    uint64_t ts;
    char name[];
};

/* starttime (field 22, in ticks) and state letter of /proc/PID/stat; returns 0 or -1. */
int weft__proc_stat(int pid, unsigned long long *start, char *state);

/* One mapping line of a process's /proc/self/maps snapshot. */
struct weft__mapping {
    uint64_t lo, hi, off;
    const char *path; /* NULL for anonymous mappings; points into weft__proc.maps_text */
};

/* Summed lock statistics of one lock in one process. */
struct weft__lock {
    uint64_t addr;
    uint32_t kind;
    uint64_t acq, contended, wait_total, wait_max, hold_total, hold_max;
};

struct weft__proc {
    int pid, ppid;
    uint64_t start_ns, parent_start_ns, exec_from_start_ns;
    int64_t id;                 /* processes.id */
    /* The executable by its real path (mappings name it so) and by the path the process
     * executed (a symlink's own name): sites in it are named by the latter. NULL: unknown. */
    char *exe_real, *exe_run;
    struct weft_proc_file *pf;  /* mapped .proc, NULL if missing */
    size_t pf_size;
    char name[64];              /* "<pid>-<start>.proc" */
    unsigned long long stat_start; /* /proc/<pid>/stat starttime when first seen */
    int done;                   /* finalized */
    int nthreads_live;
    int nthreads_seen;          /* rings ever seen for this image */
    char *maps_text;
    struct weft__mapping *maps;
    size_t nmaps;
    uint64_t maps_len_seen;      /* maps_len parsed (the process re-snapshots at exit) */
    struct weft__map sites;     /* addr -> sites.id */
    struct weft__map lock_idx;  /* addr -> index+1 into locks */
    struct weft__lock *locks;
    size_t nlocks, locks_cap;
    struct weft__map coros;     /* coro number -> coroutines.id */
    struct weft__map creators;  /* tid -> creator tid */
    struct weft__map given_names; /* tid -> struct weft__given_name *: names set by another thread */
    uint64_t last_ts;
};

/* Events copied out of a ring by the drainer thread, waiting for the writer. */
#define WEFT__CHUNK_EVENTS 4096u
struct weft__chunk {
    struct weft__chunk *next;
    uint32_t n;
    struct weft_event ev[WEFT__CHUNK_EVENTS];
};

struct weft__thread {
    int pid, tid;
    uint64_t proc_start_ns;
    struct weft__proc *proc;
    int64_t id;                 /* threads.id */
    struct weft_ring_header *h;
    size_t size;
    char name[96];              /* ring file name */
    int done;
    uint64_t tail;
    /* Owned by c->lock: the drainer appends, the writer takes the whole list. */
    struct weft__chunk *qhead, *qtail;
    int closing;                /* the writer finalizes it: the drainer keeps off */
    /* The last non-text event, held back until its text continuations are in. */
    int has_pending;
    struct weft_event pending;
    char *text;
    size_t text_len, text_cap;
    char *tname, *troutine;     /* thread name, start routine from events */
    uint64_t tname_ts;          /* when the thread named itself tname */
    uint64_t routine_addr;
    int creator_tid;
    uint64_t last_ts;
    /* The last non-text event stored: an in-flight call equal to it returned. */
    uint32_t last_call;
    uint64_t last_call_ts;
    int pending_unreturned;     /* the pending event is an in-flight call: ret, errno NULL */
    uint64_t inflight_kind_ts;  /* start of the in-flight call whose fd kind we looked up */
    uint16_t inflight_kind;
};

/*
 * A ring this collector marked FREE (recycling, weft_ring.h), still mapped: its process
 * may hand it to a new thread, which the drainer notices by its state.
 */
struct weft__spare {
    struct weft_ring_header *h;
    size_t size;
    int pid;
    uint64_t proc_start_ns;
    char name[96];              /* file name, for the unlink when its process is gone */
};

/* The prepared statements of rows.c, one per kind of row written. */
enum weft__stmt {
    ST_PROC, ST_PROC_END, ST_PROC_LINK, ST_PROC_EXIT, ST_THREAD, ST_THREAD_END, ST_THREAD_SCHED,
    ST_THREAD_RUSAGE, ST_COUNT, ST_LOCK, ST_ORDER, ST_SITE, ST_SITE_SYMBOL, ST_CORO, ST_CORO_END, ST_META,
    ST_CALL, ST_FD_KIND, ST_TSAMPLE, ST_MSAMPLE, ST_MAX
};

/* One event_rows row waiting in the batch (batch.c): the columns in event_rows' order, id aside. */
enum weft__row_col {
    WEFT__COL_TS, WEFT__COL_DUR, WEFT__COL_THREAD, WEFT__COL_CORO, WEFT__COL_CALL,
    WEFT__COL_FD_KIND, WEFT__COL_OBJ, WEFT__COL_OBJ2, WEFT__COL_RET, WEFT__COL_ERRNO, WEFT__COL_SITE,
    WEFT__ROW_COLS
};
struct weft__row {
    int64_t v[WEFT__ROW_COLS];
    unsigned nulls;             /* bit (1 << column): NULL */
};
/* One event_details row waiting in the batch; its text is in the batch's own buffer. */
struct weft__detail {
    int64_t holder;
    size_t row;                 /* the event's index in the batch */
    size_t text_off, text_len;
    unsigned char has_holder, has_text;
};
struct weft__batch;

struct weft_collector {
    char *dir, *out, *partial;
    sqlite3 *db;
    sqlite3_stmt *st[ST_MAX];
    int err;                    /* sticky negative errno */
    struct weft__batch *batch;  /* events not inserted yet (batch.c) */
    int in_txn;
    int live_index;             /* the events index is kept up to date while tracing (store.c) */
    int wal_fd;                 /* the write-ahead log, to drop old parts of it from the page cache (-1 none) */
    uint64_t wal_written, wal_shed; /* its bytes whose write-back was started; dropped from the cache */
    uint64_t txn_events, txn_start_ns;
    struct weft__proc **procs;
    size_t nprocs, procs_cap;
    struct weft__thread **threads;  /* registered; only the writer changes it */
    size_t nthreads, threads_cap;
    /* Under lock: rings the drainer (or scan) mapped that the writer has not registered yet. */
    struct weft__thread **fresh;
    size_t nfresh, fresh_cap;
    pthread_mutex_t adopt_lock;     /* adopted, adopt_mtime: one thread reads the directory at a time */
    struct weft__map adopted;       /* hash of ring names adopted */
    struct timespec adopt_mtime;    /* the directory's mtime at the last full look */
    /* Under lock: rings marked FREE that their process may reuse (recycling). */
    struct weft__spare *spares;
    size_t nspares, spares_cap;
    pthread_mutex_t lock;       /* threads[], chunk queues, queued */
    pthread_t drainer;
    struct weft_wake_file *wake;    /* producers wake the drainer through it; NULL: it polls */
    unsigned wake_tries;            /* drainer only: rounds without a wake file */
    int drainer_running;
    volatile int stop;
    uint64_t queued;            /* events in chunk queues */
    uint64_t max_queued;        /* at most that many (set when the drainer starts) */
    struct weft__chunk *spare;  /* emptied chunks kept for reuse (no mmap/munmap churn) */
    size_t nspare;
    struct weft__map files;     /* hash of file name -> 1 (seen) */
    uint64_t events, dropped, min_ts, max_ts;
    uint64_t last_live_check, last_scan;
    int top_pid, top_status_set, top_exit;
    struct { int pid, wstatus; uint64_t cpu_ns; } status[256];
    int nstatus;
    struct weft__sampler *sampler; /* sample.c; NULL when sampling is off */
    /* bound.c: a bounded trace (--last, --duration, --max-size); NULL when unbounded. */
    struct weft__bound *bound;
    uint64_t stop_ns;           /* events and samples from here on are left out (0: never) */
    uint64_t left_out_after;    /* events left out for that */
    uint64_t kept_from_ns;      /* flight recorder: events that ended before this are left out (0: none) */
    uint32_t commit_events;     /* a transaction commits after this many events */
};

uint64_t weft__now_ns(void);

/* sample.c: one reading of a thread's schedstat (and stat, when user_ns >= 0). */
struct weft__tsample {
    uint64_t key;               /* weft__name_hash of the thread's ring */
    int64_t thread_id;          /* 0: not registered yet (weft__sampler_bind) */
    uint64_t ts_ns;
    int64_t cpu_ns, runnable_ns, timeslices;
    int64_t user_ns, system_ns; /* -1: not read this time */
    int final;
};
/* One reading of /proc/stat's cpu line (user nice system idle iowait irq softirq steal, ns). */
struct weft__msample {
    uint64_t ts_ns;
    int64_t v[8];
    int64_t collector_ns;
};
/*
 * Starts the sampler thread (INTERVAL_NS 0: no sampling), which also finds new threads by
 * their ring files in DIR.  Returns 0 or -errno.
 */
int weft__sampler_start(struct weft_collector *c, const char *dir, uint64_t interval_ns);
void weft__sampler_stop(struct weft_collector *c);
/*
 * Samples thread (PID, TID) of the ring whose name hashes to KEY from now on, as thread
 * THREAD_ID (0: not registered yet; weft__sampler_bind gives it): for a ring reused by a new
 * thread, which the sampler cannot see in the directory, or one it missed.  Returns 0 (also
 * when the thread is already gone) or -ENOMEM.
 */
int weft__sampler_add(struct weft_collector *c, uint64_t key, int64_t thread_id, int pid, int tid);
/*
 * The writer registered ring KEY as THREAD_ID: its samples, those taken already too, are
 * stored under that id.  Returns 1, or 0 when KEY is not sampled (gone when found, or not
 * found yet).
 */
int weft__sampler_bind(struct weft_collector *c, uint64_t key, int64_t thread_id);
/* Ring KEY was deleted: a later file of that name is a new thread. */
void weft__sampler_forget(struct weft_collector *c, uint64_t key);
/*
 * Takes THREAD_ID's last sample (if its tid still exists) and stops sampling it.  Returns 1
 * and fills *LAST (user_ns -1 when never read) when the thread was ever sampled, else 0.
 */
int weft__sampler_final(struct weft_collector *c, int64_t thread_id, struct weft__tsample *last);
/* Samples every thread of PID now (it is a zombie, about to be reaped). */
void weft__sampler_pid_ending(struct weft_collector *c, int pid);
/* Stores the samples taken since the last flush.  Returns 0 or the sticky error. */
int weft__sampler_flush(struct weft_collector *c);

/* store.c: SQLite. All return 0 or a negative errno (also kept in c->err). */
int weft__db_open(struct weft_collector *c, const struct weft_collector_opts *o);
int weft__db_fail(struct weft_collector *c, int rc);
int weft__db_begin(struct weft_collector *c);
int weft__db_commit(struct weft_collector *c);
int weft__db_step(struct weft_collector *c, enum weft__stmt s);
int weft__db_exec(struct weft_collector *c, const char *sql);
void weft__db_close(struct weft_collector *c);
/* After a commit, with QUEUED events waiting in memory: drops the live index when the writer
 * falls behind, and checkpoints a write-ahead log grown past its bound. */
int weft__db_upkeep(struct weft_collector *c, uint64_t queued);
/* wal_cache.c: while the log is not checkpointed, keeps only its newest part in the page cache. */
void weft__wal_cache_trim(struct weft_collector *c, uint64_t size);
void weft__wal_cache_close(struct weft_collector *c);
/* collector.c: commits the transaction, then the bounded trace's trim and weft__db_upkeep. */
int weft__commit_point(struct weft_collector *c);

/*
 * rows.c: the only writer of rows besides the event batch.  An int64_t WEFT__NULL and a NULL
 * string are stored as SQL NULL.  Every writer returns 0 or the sticky negative errno; those
 * with an ID set it to the row inserted.
 */
#define WEFT__NULL INT64_MIN
int weft__rows_prepare(struct weft_collector *c);
void weft__rows_close(struct weft_collector *c);
int weft__db_meta(struct weft_collector *c, const char *key, const char *val);
int weft__db_meta_u64(struct weft_collector *c, const char *key, uint64_t v);
struct weft__process_row {
    int pid;
    int64_t ppid;           /* WEFT__NULL: unknown */
    const char *exe, *argv_json;
    uint64_t start_ns;
};
int weft__row_process(struct weft_collector *c, const struct weft__process_row *p, int64_t *id);
int weft__row_process_end(struct weft_collector *c, int64_t id, int64_t end_ns, int64_t exit_code,
                          int64_t exit_signal);
int weft__row_process_link(struct weft_collector *c, int64_t id, int64_t parent_id, int64_t exec_from);
/* The exit of the newest image of PID, from wait4. */
int weft__row_process_exit(struct weft_collector *c, int pid, int64_t exit_code, int64_t exit_signal);
/* Exit status of the processes whose own .proc did not say: what a traced parent's wait reaped. */
int weft__rows_exits_from_waits(struct weft_collector *c);
int weft__row_thread(struct weft_collector *c, int64_t process_id, int pid, int tid, uint64_t start_ns,
                     int64_t *id);
struct weft__thread_end_row {
    int64_t id;
    const char *name, *start_routine;
    int64_t creator_tid, end_ns, cpu_ns, dropped, start_ns; /* WEFT__NULL: unknown */
};
int weft__row_thread_end(struct weft_collector *c, const struct weft__thread_end_row *t);
/* cpu_ns of thread ID raised to at least CPU_NS (a schedstat sample). */
int weft__row_thread_cpu(struct weft_collector *c, int64_t id, int64_t cpu_ns);
/* cpu_ns of the one thread of the newest image of PID, when unknown (wait4's rusage). */
int weft__row_thread_rusage(struct weft_collector *c, int pid, int64_t cpu_ns);
int weft__row_call_count(struct weft_collector *c, int64_t thread_id, int call, const struct weft_call_counter *n);
struct weft__lock;
int weft__row_lock(struct weft_collector *c, int64_t process_id, const struct weft__lock *l, const char *kind,
                   const char *name);
struct weft__order_row {
    int64_t process_id, thread_id;
    uint64_t held, acquired, count;
    int64_t held_site, acquired_site, first_ns; /* WEFT__NULL: unknown */
};
int weft__row_lock_order(struct weft_collector *c, const struct weft__order_row *o);
int weft__row_site(struct weft_collector *c, int64_t process_id, uint64_t addr, const char *module, int64_t offset,
                   int64_t *id);
/* The symbol, file and line (WEFT__NULL: none) of every site at OFFSET in MODULE. */
int weft__row_site_symbol(struct weft_collector *c, const char *module, int64_t offset, const char *symbol,
                          const char *file, int64_t line);
struct weft__coro_row {
    int64_t process_id;
    int pid;
    int64_t key, stack_size; /* stack_size WEFT__NULL: unknown */
    const char *entry, *name;
    int created_tid;
    uint64_t created_ns;
};
int weft__row_coroutine(struct weft_collector *c, const struct weft__coro_row *k, int64_t *id);
int weft__row_coroutine_end(struct weft_collector *c, int64_t id, uint64_t ended_ns);
int weft__row_call(struct weft_collector *c, int id, const char *name, const char *category);
int weft__row_fd_kind(struct weft_collector *c, int id, const char *name);
struct weft__tsample;
struct weft__msample;
int weft__row_thread_sample(struct weft_collector *c, const struct weft__tsample *s);
int weft__row_machine_sample(struct weft_collector *c, const struct weft__msample *m);

/* The schema's CREATE INDEX lines (INDEXES 1), or everything else (0); malloc'd, NULL: no memory. */
char *weft__schema_part(int indexes);

/* bound.c: bounded traces.  All return 0 or a negative errno (sticky in c->err). */
/* Sets up the bounds of O (nothing when it has none) and records them in meta. */
int weft__bound_open(struct weft_collector *c, const struct weft_collector_opts *o);
/* After each commit: records the batch, trims the oldest events, checks the stop conditions. */
int weft__bound_commit(struct weft_collector *c);
/* How large the write-ahead log of a flight-recorded or size-bounded trace may grow (0: no rule). */
uint64_t weft__bound_wal_max(const struct weft_collector *c);
/* Before the index is built: the last trim, and meta saying what was left out. */
int weft__bound_finish(struct weft_collector *c, struct weft_collector_summary *sum);
/*
 * After the trace is whole (indexed, log checkpointed): if the file is over its size bound,
 * leaves out more events and compacts it (c->db is then a plain connection to the new file,
 * without prepared statements).  Updates SUM's event count.
 */
int weft__bound_fit(struct weft_collector *c, struct weft_collector_summary *sum);
void weft__bound_free(struct weft_collector *c);
/*
 * T's event E is left out (recording stopped before it, or it ended before the flight
 * recorder's window): what storing it would have noted about the thread is noted all the
 * same, and it is counted.  Returns the sticky error.
 */
int weft__bound_leave_out(struct weft_collector *c, struct weft__thread *t, const struct weft_event *e);
/* snapshot.c: VACUUM INTO PATH (a new file, without free pages); SQLite's code, SQLITE_DONE when done. */
int weft__vacuum_into(sqlite3 *db, const char *path);
/* What was left out so far, into SUM (nothing when unbounded or SUM is NULL). */
void weft__bound_summary(const struct weft_collector *c, struct weft_collector_summary *sum);
/*
 * Flight recorder: a row for an event that ended at END was stored (after weft__batch_row);
 * its segment (bound.c) lets a trim find it by time.  Sets c->err when out of memory.
 */
void weft__bound_row(struct weft_collector *c, uint64_t end);
/* The batch's N rows were inserted, the first with id FIRST_ID. */
void weft__bound_stored(struct weft_collector *c, int64_t first_id, uint32_t n);
/* An event that ended at END is left out: the flight recorder's window starts after it. */
static inline int weft__bound_before(const struct weft_collector *c, uint64_t end)
{
    return end < c->kept_from_ns;
}
/* An event or sample at TS is left out: recording stopped before it. */
static inline int weft__bound_stopped(const struct weft_collector *c, uint64_t ts)
{
    return c->stop_ns && ts >= c->stop_ns;
}

/* scan.c */
/* FNV-1a of a file name, never 0 (a weft__map key). */
uint64_t weft__name_hash(const char *s);
/*
 * Parses a ring file name, "PID-START-TID.ring" or "PID-START-TID-K.ring" (START may be
 * NULL).  Returns 0, or -1 when NAME is not a ring's.
 */
int weft__ring_name(const char *name, int *pid, unsigned long long *start, int *tid);
int weft__scan(struct weft_collector *c);
/*
 * Maps rings not seen yet onto c->fresh (FORCE 0: only if the directory changed since
 * the last look).  Takes c->adopt_lock (the drainer only tries it) and briefly c->lock.
 * Returns 0 or -ENOMEM.
 */
int weft__adopt(struct weft_collector *c, int force);
/*
 * Ring NAME was deleted: a later file of that name is a new thread and must be adopted
 * (the kernel reuses tids, and a ring's name is its creator's tid).  Call after the unlink.
 */
void weft__adopt_forget(struct weft_collector *c, const char *name);
/*
 * Moves spares that their process reused (state LIVE or DONE again) onto c->fresh as new
 * threads, so the drainer empties them at once.  Caller holds c->lock.  Returns how
 * many it moved.
 */
size_t weft__spares_adopt(struct weft_collector *c);
/* Registers the threads on c->fresh (their process and threads row). Returns 0 or -errno. */
int weft__register_fresh(struct weft_collector *c);
/*
 * Process P is gone: deletes its spares (FREE, or INIT left by a kill during reuse:
 * neither holds an event), after moving any it reused onto c->fresh.
 */
void weft__spares_drop(struct weft_collector *c, const struct weft__proc *p);
struct weft__thread **weft__threads_grow(struct weft__thread **a, size_t *cap);
int weft__proc_gone(struct weft__proc *p);
struct weft__proc *weft__proc_lookup(struct weft_collector *c, int pid, uint64_t start);

/* batch.c: events are inserted a batch at a time, by INSERT ... SELECT from a virtual table. */
int weft__batch_open(struct weft_collector *c);
void weft__batch_close(struct weft_collector *c);
/*
 * A row for the next event (the batch is inserted first when full), or NULL (c->err says
 * why).  The caller sets every column or marks it in nulls.
 */
struct weft__row *weft__batch_row(struct weft_collector *c);
/* Holder tid and/or detail text (copied) of the event of the last weft__batch_row.  Returns 0 or -ENOMEM. */
int weft__batch_detail(struct weft_collector *c, int has_holder, int64_t holder, const char *text, size_t len);
/*
 * Inserts the batched events.  weft__db_commit does it; anything that reads or changes
 * event_rows or event_details in an open transaction calls it first.  Returns 0 or -errno.
 */
int weft__events_flush(struct weft_collector *c);

/* drain.c */
/* enum weft_cat of every call id (weft_calls.h). */
extern const unsigned char weft__call_category[WEFT_CALL_MAX];
/* Writer side: stores every event queued for T. Returns events stored or -errno. */
int weft__drain(struct weft_collector *c, struct weft__thread *t);
/* Copies a running thread's ring at once (not waiting for the drainer) and stores it. */
int weft__drain_now(struct weft_collector *c, struct weft__thread *t);
/* Takes T away from the drainer and queues all that is left in its ring. */
void weft__drain_close(struct weft_collector *c, struct weft__thread *t);
int weft__drainer_start(struct weft_collector *c);
void weft__drainer_stop(struct weft_collector *c);
void weft__chunks_free(struct weft__thread *t);
int weft__flush_pending(struct weft_collector *c, struct weft__thread *t);

/* inflight.c: stores T's in-flight call, if any, as an event ending at END that did not return. */
int weft__inflight_store(struct weft_collector *c, struct weft__thread *t, uint64_t end);
/*
 * For a live thread blocked for a while in I/O on an fd the tracer never classified,
 * looks the fd's kind up from outside (pidfd_getfd, else /proc/PID/fd), so that the
 * call, if it never returns, is not shown as file I/O.
 */
void weft__inflight_watch(struct weft__thread *t, uint64_t now);

/* finalize.c */
/*
 * Stores everything T's ring still holds, its last event too, and stops draining it: the
 * names T gave other threads then reach their rows.
 */
int weft__thread_store_all(struct weft_collector *c, struct weft__thread *t);
/*
 * Finalizes every thread not done of P (NULL: of every process): first each one's events
 * are all stored, then the rows written, so that a thread named by another one (its
 * creator's pthread_setname_np, maybe the creator's last event) carries that name whatever
 * order the threads are in.  *ended (if not NULL) counts the threads finalized.
 */
int weft__threads_finalize(struct weft_collector *c, const struct weft__proc *p, int *ended);
int weft__thread_finalize(struct weft_collector *c, struct weft__thread *t);
int weft__proc_finalize(struct weft_collector *c, struct weft__proc *p);

/* sites.c */
int64_t weft__site_id(struct weft_collector *c, struct weft__proc *p, uint64_t addr);
void weft__maps_parse(struct weft__proc *p);
/* Symbol of the object or function containing ADDR (malloc'd), or NULL. */
char *weft__symbolize_data(struct weft__proc *p, uint64_t addr);
int weft__sites_resolve(struct weft_collector *c);

#endif
