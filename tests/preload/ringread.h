/* A small reader of a WEFT_DIR (ring and process files) for tests and the benchmark, without SQLite. */
#ifndef WEFT_TESTS_RINGREAD_H
#define WEFT_TESTS_RINGREAD_H

#include <stddef.h>
#include <stdint.h>

#include "weft_calls.h"
#include "weft_ring.h"

/* One event with its TEXT continuation records joined. */
struct rr_event {
    struct weft_event ev;
    char text[512];
};

struct rr_ring {
    struct weft_ring_header h;
    struct weft_call_counter calls[WEFT_CALL_MAX];
    struct weft_lock_stat *locks; /* h.locks_cap entries */
    struct weft_order_edge *order;
    struct rr_event *ev;
    size_t nev;
    size_t ntext;    /* orphan TEXT records (must stay 0) */
};

struct rr_proc {
    struct weft_proc_file f;
    char *maps; /* NUL-terminated copy, may be NULL */
};

struct rr_dir {
    struct rr_proc *procs;
    size_t nprocs;
    struct rr_ring *rings;
    size_t nrings;
};

/* Loads every .proc and .ring file of dir; returns 0 or a negative errno. */
int rr_load(const char *dir, struct rr_dir *out);
void rr_free(struct rr_dir *d);

/* Lookups; NULL when absent. */
const struct rr_ring *rr_ring_by_tid(const struct rr_dir *d, int tid);
/* The ring of the thread that was given this name (thread_name record). */
const struct rr_ring *rr_ring_by_name(const struct rr_dir *d, const char *name);
const struct rr_proc *rr_proc_by_pid(const struct rr_dir *d, int pid);
const struct weft_lock_stat *rr_lock(const struct rr_ring *r, uint64_t addr);
/* Number of events of `call` in a ring. */
size_t rr_count(const struct rr_ring *r, unsigned call);
/* Name of a call id, "?" when unknown. */
const char *rr_call_name(unsigned call);

#endif
