/* The analysis result as plain structs: what weft_analysis_run computes and the text/JSON renderers print. */
#ifndef WEFT_ANALYSIS_MODEL_H
#define WEFT_ANALYSIS_MODEL_H

#include <stddef.h>
#include <stdint.h>

/* Marks an integer the trace did not record (written as JSON null). */
#define WEFT_AN_NULL INT64_MIN

/* Thread states; names are fixed by docs/analysis-json.md. */
enum weft_state {
    WEFT_ST_RUNNING,
    WEFT_ST_RUNNABLE,
    WEFT_ST_FILE_IO,
    WEFT_ST_NET_IO,
    WEFT_ST_IPC_IO,
    WEFT_ST_POLL,
    WEFT_ST_LOCK,
    WEFT_ST_COND,
    WEFT_ST_JOIN,
    WEFT_ST_CHILD,
    WEFT_ST_SLEEP,
    WEFT_ST_UNEXPLAINED,
    WEFT_ST_COUNT,
    WEFT_ST_NONE = -1 /* not a wait: the event's time stays in the running gaps */
};

extern const char *const weft_state_names[WEFT_ST_COUNT];

/* Verdicts; names are fixed by docs/analysis-json.md. */
enum weft_verdict {
    WEFT_VERDICT_CPU,
    WEFT_VERDICT_IO,
    WEFT_VERDICT_LOCK,
    WEFT_VERDICT_IDLE,
    WEFT_VERDICT_MIXED
};

enum weft_verdict_kind {
    WEFT_KIND_NONE,
    WEFT_KIND_DISK,
    WEFT_KIND_NETWORK,
    WEFT_KIND_IPC
};

const char *weft_verdict_name(enum weft_verdict v);
const char *weft_verdict_kind_name(enum weft_verdict_kind k); /* NULL for NONE */

/*
 * A piece of a thread's lifetime in one state (weft_analysis_run_opts with
 * WEFT_ANALYSIS_SEGMENTS): a thread's segments follow each other without gaps from
 * life_start, and per state their lengths sum to the thread's states[] exactly.  The report
 * and the Perfetto export draw these, so they show what analyze counts.
 */
struct weft_an_segment {
    int64_t start, end;
    int32_t state; /* enum weft_state */
    int32_t call;  /* the traced call whose wait this is, or -1 */
};

struct weft_an_process {
    int64_t id, pid, ppid;
    char *exe;
    char *argv; /* JSON array text as stored, or NULL */
    int64_t start_ns, end_ns, exit_code, exit_signal; /* WEFT_AN_NULL when unknown */
    size_t nthreads;
    uint64_t states[WEFT_ST_COUNT]; /* summed over its threads: they sum to thread time */
};

struct weft_an_thread {
    int64_t id, process_id, pid, tid;
    char *name, *start_routine;
    int64_t creator_tid, start_ns, end_ns, cpu_ns; /* WEFT_AN_NULL when unknown */
    int64_t dropped;
    int64_t life_start, life_end; /* the lifetime the states sum to (end inferred if unknown) */
    uint64_t states[WEFT_ST_COUNT];
    uint64_t events;   /* events of this thread in the trace */
    uint64_t idle_ns;  /* part of sleep/poll/ipc_io that waited for time or input */
    uint64_t short_ns; /* time of calls below the threshold (from call_counts) */
    uint64_t short_scaled_ns; /* short_ns after fitting into the gaps */
    int sampled;       /* the collector sampled its schedstat: running and runnable are measured */
    int64_t runnable_ns; /* measured run-queue wait over the lifetime; WEFT_AN_NULL unless sampled */
    uint64_t running_calls_ns; /* part of states[RUNNING] spent on a CPU inside traced calls */
    struct weft_an_segment *segs; /* only with WEFT_ANALYSIS_SEGMENTS; in time order */
    size_t nsegs;
};

struct weft_an_coroutine {
    int64_t id, process_id, pid, key;
    char *entry, *name;
    int64_t created_tid, created_ns, ended_ns;
    uint64_t switches; /* times it was switched to */
    uint64_t active_ns;
    /* Of those, spans shorter than the threshold, counted without a record each
     * (coro_spans records, meta coroutine_spans 'aggregated'), and their summed time. */
    uint64_t short_spans, short_ns;
    uint64_t states[WEFT_ST_COUNT];
    uint64_t suspended_ns; /* lifetime not on any thread */
};

struct weft_an_lock_site {
    char *site; /* "file.c:42 (function)", "module+0x1f (symbol)" or "0x..." */
    uint64_t waits, wait_ns;
};

struct weft_an_lock {
    int64_t id, process_id, pid, addr;
    char *name; /* symbol or NULL */
    char *kind;
    int64_t acquisitions, contended, wait_total_ns, wait_max_ns, hold_total_ns, hold_max_ns;
    struct weft_an_lock_site *sites; /* most waited first */
    size_t nsites;
};

struct weft_an_cycle_edge {
    char *held, *acquired;
    int64_t tid;
    char *held_site, *acquired_site;
    int64_t count;
};

struct weft_an_cycle {
    int64_t process_id, pid;
    char **locks;
    size_t nlocks;
    struct weft_an_cycle_edge *edges;
    size_t nedges;
};

struct weft_an_parallelism {
    double mean;         /* threads running on average over the run */
    double max;          /* most threads running at once (bucket resolution) */
    double busy_share;   /* share of the run with at least one thread running */
    double serial_share; /* of the time anything runs, share with only one thread running */
    double *hist;        /* hist[n]: share of the run with n threads running */
    size_t nhist;
    uint64_t bucket_ns;  /* time resolution of the profile */
};

/* The machine around the program (machine_samples), over the analyzed window. */
struct weft_an_machine {
    int known;            /* 0: no samples, or under 0.2 s of them */
    int64_t span_ns;
    double busy_share;    /* of all CPUs' time: busy (not idle, not iowait) */
    double traced_share;  /* ... of which on the traced threads */
    double collector_share; /* ... of which weft's collector */
    double others_share;  /* ... of which everything else on the machine */
};

struct weft_analysis {
    char *trace;
    int complete;
    char *incomplete_reason;
    int64_t dropped_events;
    int64_t start_ns, end_ns, wall_ns;
    int64_t ncpus; /* WEFT_AN_NULL when the trace does not say */
    int64_t io_threshold_ns;
    char **warnings; /* things the reader must know first (dropped events, incomplete) */
    size_t nwarnings;
    char **notes;    /* limits of this analysis (runnable not measured, cpu unknown) */
    size_t nnotes;
    char *left_out;  /* a bounded trace: what it left out, one line (weft_trace_left_out); or NULL */
    /* Call counts and lock totals are the whole run's, not the analyzed window's (a time window). */
    int whole_run_totals;

    enum weft_verdict verdict;
    enum weft_verdict_kind verdict_kind;
    char **evidence;
    size_t nevidence;
    char *recommendation;

    struct weft_an_parallelism par;
    uint64_t total_cpu_ns;
    uint64_t total_runnable_ns; /* measured, over the sampled threads */
    size_t sampled_threads;
    struct weft_an_machine machine;
    int64_t window_from_ns, window_to_ns; /* a time window (weft_trace_filter); WEFT_AN_NULL: none */

    /* The state of a recorded call's time, as the states pass counts it: event_states[call *
     * nfd_kinds + fd_kind] is an enum weft_state, or WEFT_ST_NONE (not a wait: it is in the
     * running gaps).  fd_kind 0 is "none" (the event recorded no fd). */
    signed char *event_states;
    int ncalls, nfd_kinds;

    struct weft_an_process *procs;
    size_t nprocs;
    struct weft_an_thread *threads;
    size_t nthreads;
    struct weft_an_coroutine *coros;
    size_t ncoros;
    struct weft_an_lock *locks; /* most contended first */
    size_t nlocks;
    struct weft_an_cycle *cycles;
    size_t ncycles;
    int cycles_truncated;
};

#endif
