/* Internals shared by the analyzer's files: the run context and the helpers each pass uses. */
#ifndef WEFT_ANALYSIS_INTERNAL_H
#define WEFT_ANALYSIS_INTERNAL_H

#include "analysis_model.h"
#include "weft_calls.h"

#include <sqlite3.h>
#include <stdarg.h>

/* Slices of the parallelism profile: fewer when many threads are read at once (memory). */
#define WEFT__BUCKETS 4096
#define WEFT__BUCKETS_MIN 256

/* Polls longer than this count as waiting for input, not as I/O (docs/analysis.md). */
#define WEFT__LONG_POLL_NS 1000000000LL

/* (process, object) -> counters: lock sites and distinct fds. */
struct weft__an_map_entry {
    int64_t k1, k2, k3;
    uint64_t n, ns;
    int used;
};

struct weft__an_map {
    struct weft__an_map_entry *e;
    size_t cap, len;
};

/* One thread's kernel counters over time (samples.c): cumulative on-CPU and run-queue ns. */
struct weft__an_pt {
    int64_t ts;
    double cpu, runq;
};
struct weft__an_series {
    struct weft__an_pt *pt;
    size_t n;
};

struct weft__an_ctx {
    sqlite3 *db;
    struct weft_analysis *a;
    int category[WEFT_CALL_MAX];                       /* enum weft_category per call id */
    uint64_t state_call_ns[WEFT_ST_COUNT][WEFT_CALL_MAX]; /* where each state's time went */
    uint64_t idle_call_ns[WEFT_CALL_MAX];              /* the part that waited for time/input */
    uint64_t idle_state_ns[WEFT_ST_COUNT];             /* the same, per state */
    uint64_t idle_sc_ns[WEFT_ST_COUNT][WEFT_CALL_MAX];    /* the same, per state and call */
    uint64_t cpu_call_ns[WEFT_CALL_MAX];               /* on a CPU inside each traced call */
    uint64_t io_raw_ns[WEFT_ST_COUNT];                 /* recorded + short call time per state, before sampling */
    struct weft__an_series *series;                    /* per thread index; NULL: no samples */
    struct weft__an_map fds;                              /* (state, process, fd) seen in I/O */
    struct weft__an_map lock_sites;                       /* (process, lock, site) -> waits */
    double *buckets;                                   /* running ns per slice, all threads */
    double *dist;                                      /* per slice: P(k threads running) */
    unsigned short *top;                               /* per slice: highest k with P > 0 */
    size_t nb, nlev;                                   /* slices, levels per slice */
    sqlite3_stmt *site_st;                             /* sites.c: one site by id */
    int has_index;                                     /* events(thread_id, ts_ns) is indexed */
    int filtered;                                      /* weft_trace_filter's views: one connection */
    int want_segments;                                 /* keep each thread's state segments */
    uint64_t orphans;                                  /* events of threads not in table threads */
    char *err;
    size_t errlen;
};

/* util.c */
char *weft__an_strdup(const char *s);                    /* NULL stays NULL; aborts never: NULL on ENOMEM */
char *weft__an_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int weft__an_strv_push(char ***v, size_t *n, char *s);   /* takes s; 0 or -ENOMEM */
void weft__an_strv_free(char **v, size_t n);
int weft__an_err(struct weft__an_ctx *c, int rc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int weft__an_sql_err(struct weft__an_ctx *c, const char *what);
char *weft__an_col_text(sqlite3_stmt *st, int col);      /* malloc'd copy or NULL */
int64_t weft__an_col_int(sqlite3_stmt *st, int col);     /* WEFT_AN_NULL for NULL */
int weft__an_fmt_pct(char *buf, size_t len, double share); /* "87%", "0.4%" */
/* Index of the row whose first member (int64_t id) is id, in rows sorted by id; -1 if none. */
long weft__an_find_id(const void *rows, size_t n, size_t size, int64_t id);

/* map.c */
struct weft__an_map_entry *weft__an_map_get(struct weft__an_map *m, int64_t k1, int64_t k2, int64_t k3);
const struct weft__an_map_entry *weft__an_map_find(const struct weft__an_map *m, int64_t k1,
                                                   int64_t k2, int64_t k3); /* NULL if absent */
void weft__an_map_free(struct weft__an_map *m);

/* classify.c */
int weft__an_category_from_text(const char *text, int call);
enum weft_state weft__an_event_state(int category, int call, int fd_kind);
int weft__an_waits_for_input(int category, int call, int fd_kind, int64_t dur, int64_t ret,
                             int64_t fd);

/* load.c */
int weft__an_check_index(struct weft__an_ctx *c); /* sets has_index */
int weft__an_load_meta(struct weft__an_ctx *c);
int weft__an_load_calls(struct weft__an_ctx *c);
int weft__an_load_processes(struct weft__an_ctx *c);
int weft__an_load_threads(struct weft__an_ctx *c);
int weft__an_load_coroutines(struct weft__an_ctx *c);

/* sites.c: a readable name for a site row, malloc'd ("0x..." when unknown). */
char *weft__an_site_name(struct weft__an_ctx *c, int64_t site_id);
char *weft__an_lock_name(struct weft__an_ctx *c, int64_t process_id, int64_t addr);

/* samples.c */
int weft__an_load_samples(struct weft__an_ctx *c);   /* after load_threads: series, runnable */
void weft__an_free_samples(struct weft__an_ctx *c);
/* The counter (RUNQ 0: on-CPU ns, 1: run-queue ns) at TS, interpolated; held outside the samples. */
double weft__an_series_at(const struct weft__an_series *s, int64_t ts, int runq);
int weft__an_compute_machine(struct weft__an_ctx *c);

/* states.c: the one streaming pass over events. */
int weft__an_compute_states(struct weft__an_ctx *c);

/* segments.c: a thread's waits and gaps (end to end over its lifetime) become its segments. */
struct weft__an_piece {
    int64_t from, end;
    int16_t state; /* the wait's enum weft_state; WEFT_ST_NONE: a gap between waits */
    int16_t call;
};
struct weft__an_pieces {
    struct weft__an_piece *v;
    size_t n, cap;
};
/* How end_thread split the thread's time: the same shares its totals were computed with. */
struct weft__an_split {
    double wait_off[2], wait_on[2];  /* of a wait, [0] I/O, [1] others: off a CPU, on one; rest runnable */
    double gap_running;              /* unsampled: share of a gap that ran; the rest is off a CPU */
    const int64_t *wb_ts;            /* sampled: bounds of the intervals between samples (nwb + 1) */
    const double *gsplit;            /* ... per interval: running, runnable, off-CPU ns of its gaps */
    size_t nwb;                      /* 0: not sampled */
    double short_share[WEFT_ST_COUNT]; /* of off-CPU gap time: short calls, by state */
    double unexplained_share;        /* ... and the rest */
};
int weft__an_pieces_push(struct weft__an_pieces *p, int64_t from, int64_t end, int state, int call);
void weft__an_pieces_free(struct weft__an_pieces *p);
/* Sets t->segs; per state they sum to t->states exactly.  0 or -ENOMEM (t unchanged). */
int weft__an_build_segments(struct weft_an_thread *t, const struct weft__an_pieces *p,
                            const struct weft__an_split *x);

/* parallelism.c */
int weft__an_profile_init(struct weft__an_ctx *c, size_t nb, size_t nthreads);
void weft__an_profile_add(struct weft__an_ctx *c, const double *gap, size_t lo, size_t hi,
                          double f, double width);
int weft__an_profile_merge(struct weft__an_ctx *c, const struct weft__an_ctx *w);
void weft__an_profile_free(struct weft__an_ctx *c);
int weft__an_compute_parallelism(struct weft__an_ctx *c);

/* locks.c */
int weft__an_compute_locks(struct weft__an_ctx *c);

/* cycles.c */
int weft__an_compute_cycles(struct weft__an_ctx *c);

/* verdict.c */
int weft__an_compute_verdict(struct weft__an_ctx *c);

#endif
