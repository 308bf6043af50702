/* The collector's public API: drains the rings of WEFT_DIR into one trace.db. */
#ifndef WEFT_COLLECTOR_H
#define WEFT_COLLECTOR_H

#include "weft_error.h"

#include <stdint.h>
#include <sys/types.h>

struct weft_collector;

struct weft_collector_opts {
    const char *dir;          /* ring directory (WEFT_DIR) */
    const char *out;          /* final trace path; FILE.partial is written meanwhile */
    uint64_t threshold_ns;    /* stored in meta io_threshold_ns (0: not recorded) */
    uint32_t buffer_events;   /* stored in meta buffer_events (0: not recorded) */
    char *const *argv;        /* traced command, stored in meta command; may be NULL */
    const char *version;      /* weft version for meta */
    /*
     * How often the kernel's accounting of each traced thread (/proc/PID/task/TID/schedstat,
     * stat) and of the machine (/proc/stat) is sampled; 0: the default, 10 ms;
     * UINT64_MAX: never (docs/trace-schema.md, thread_samples).
     */
    uint64_t sample_interval_ns;
    /* The program records every coroutine switch (WEFT_EVERY_SWITCH=1); stored in meta
     * coroutine_spans as 'every' ('aggregated' otherwise: spans shorter than the threshold
     * are WEFT_CALL_CORO_SPANS records). */
    int every_switch;
    /*
     * Bounds of a long run (0: none; bound.c, docs/trace-schema.md "Bounded traces"): keep only
     * the events of the last LAST_NS, or of the last LAST_BYTES of trace (a flight recorder:
     * older events are deleted while tracing); stop recording DURATION_NS after the start, or
     * once the trace reaches MAX_BYTES (later events are drained and left out).  BOUND_TEXT
     * is the options as the user gave them, for meta bound.
     */
    uint64_t last_ns, last_bytes, duration_ns, max_bytes;
    const char *bound_text;
};

/* The default of weft_collector_opts.sample_interval_ns. */
#define WEFT_SAMPLE_INTERVAL_NS 10000000ull

struct weft_collector_summary {
    uint64_t processes, threads, events, dropped;
    /* Bounded traces: events left out before kept_from_ns and after stopped_ns (0: none). */
    uint64_t left_out_before, left_out_after, start_ns, kept_from_ns, stopped_ns;
    const char *stop_reason; /* "duration", "max-size" or NULL (static strings) */
};

/*
 * Creates OUT.partial with the schema and meta complete='0'.  Returns 0 and sets
 * *out, or a negative errno or -WEFT_ENOTREG (OUT exists and is not a regular file);
 * the file is removed again on failure.  Errors follow weft_error.h (weft_strerror).
 */
int weft_collector_open(struct weft_collector **out, const struct weft_collector_opts *o);

/*
 * One pass: scans the directory for new ring and process files, drains every ring,
 * finalizes threads and processes that ended.  Returns how much it did: events drained
 * plus threads finalized (>= 0; 0 means there was nothing to do, and a caller may sleep
 * longer), or a negative errno once writing failed (sticky).
 */
int weft_collector_poll(struct weft_collector *c);

/*
 * Runs FN(ARG) in a thread of its own under SCHED_IDLE and returns what FN returned: the
 * loop calling weft_collector_poll (SQLite inserts) then only uses CPU time the traced
 * program leaves, while the drainer thread, which empties the rings, keeps its normal
 * priority.  The caller's thread keeps its own priority, for weft_collector_finish.
 * The collector must only be used by FN until it returns.
 */
int weft_collector_yielding(int (*fn)(void *), void *arg);

/* Number of registered processes not yet seen gone. */
int weft_collector_live(const struct weft_collector *c);

/*
 * Records the wait status of PID's last image (the top program, reaped by weft run) and
 * the CPU time wait4 reported for it (0: unknown).  The CPU time fills threads.cpu_ns of
 * that image's only thread when the thread itself could not say (it made no traced call).
 */
void weft_collector_set_status(struct weft_collector *c, pid_t pid, int wstatus, uint64_t cpu_ns);

/*
 * PID has ended and is a zombie not reaped yet (waitid with WNOWAIT): samples its threads one
 * last time, while /proc still has them.  Call before reaping it.
 */
void weft_collector_pid_ending(struct weft_collector *c, pid_t pid);

/* Meta top_pid / top_exit_status (stored at finish). */
void weft_collector_set_top(struct weft_collector *c, pid_t pid, int exit_status);

/*
 * Drains everything left, finalizes every thread and process, symbolizes sites,
 * marks the trace complete and renames OUT.partial to OUT.  Frees C.  Returns 0,
 * or a negative errno; on error OUT.partial is removed and OUT is not touched.
 */
int weft_collector_finish(struct weft_collector *c, struct weft_collector_summary *s);

/*
 * Writes what is recorded so far to PATH as a trace of its own (VACUUM INTO PATH.partial,
 * then indexed, marked a snapshot and renamed to PATH), while tracing goes on.  Fills *S
 * (if not NULL) for the snapshot.  Returns 0, or a negative errno (PATH.partial removed;
 * the trace being written is not affected unless writing it failed, which is sticky).
 */
int weft_collector_snapshot(struct weft_collector *c, const char *path, struct weft_collector_summary *s);

/* Gives up: frees C and removes OUT.partial. */
void weft_collector_abort(struct weft_collector *c);

/* 1 when process PID no longer runs (gone, or a zombie waiting to be reaped). */
int weft_collector_pid_gone(int pid);

/*
 * Marks DIR as collected by this process (a file "owner": pid and /proc start time), so
 * that a later weft can tell the directory of a killed collector from a live one.
 */
void weft_collector_claim_dir(const char *dir);

/* Removes ring directories "weft-*" under PARENT whose owner is gone (killed weft runs), and
 * empty unclaimed ones older than a minute (a plain-mode program whose collector never came). */
void weft_collector_sweep_stale(const char *parent);

/* Removes every file in DIR, then DIR (the ring directory at the end of a trace). */
void weft_collector_remove_dir(const char *dir);

#endif
