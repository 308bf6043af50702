/* Internal API of the in-process runtime: ring files, counter tables, clock, fd kinds, process file. */
#ifndef WEFT_RT_H
#define WEFT_RT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "weft_calls.h"
#include "weft_ring.h"

/* A mapped ring file seen from its producer: cached pointers into the mapping. */
struct weft_ring {
    struct weft_ring_header *h;
    struct weft_event *ev;
    struct weft_call_counter *calls;
    struct weft_lock_stat *locks;
    struct weft_order_edge *order;
    uint32_t mask;       /* capacity - 1 */
    uint32_t locks_mask; /* locks_cap - 1 */
    uint32_t order_mask;
    uint32_t pad;
    uint64_t stalled_tail; /* tail + 1 when a wait for room last timed out, else 0 */
};

/* Longest string carried by one event; longer ones are truncated. */
#define WEFT_TEXT_MAX 480u

#define WEFT_RT_TLS __attribute__((tls_model("initial-exec")))

/* The TSC clock (clock.c): the rate, and how long one thread's anchor is trusted. */
struct weft__tsc_clock {
    uint64_t mult;   /* ns per TSC tick, 32.32 fixed point */
    uint64_t window; /* ticks; 0: every read is clock_gettime (or still calibrating) */
};
/* One thread's anchor: CLOCK_MONOTONIC was `ns` when the TSC read `tsc` (0: none). */
struct weft__tsc_anchor {
    uint64_t tsc, ns;
    uint64_t mult;     /* this anchor's rate (slower while it catches up with the kernel) */
    uint64_t w;        /* ticks it is trusted for */
    uint64_t floor;    /* the last value the slow path returned */
    uint32_t updating; /* the slow path is rewriting it (a signal handler must not) */
    uint32_t pad;
};
extern struct weft__tsc_clock weft__tsc;
extern __thread struct weft__tsc_anchor weft__tsc_at WEFT_RT_TLS;

/* clock_gettime(CLOCK_MONOTONIC) in ns (vDSO, no syscall). */
uint64_t weft__now_mono(void);
/* weft__now when the thread's anchor is missing or old: anchors, calibrates. Keeps errno. */
uint64_t weft__now_slow(void);
/* In a fork child: calibration may have been under way in a thread the child does not have. */
void weft__clock_after_fork(void);

/*
 * CLOCK_MONOTONIC in ns, what every event is dated with: 7 ns from the TSC and the thread's
 * anchor when the kernel's clocksource is the TSC, else (and at most once a millisecond per
 * thread) clock_gettime.  Never goes back on one thread.  See clock.c.
 */
static inline uint64_t weft__now(void)
{
#if defined(__x86_64__)
    if (__builtin_expect(__atomic_load_n(&weft__tsc.window, __ATOMIC_RELAXED) != 0, 1)) {
        const struct weft__tsc_anchor *a = &weft__tsc_at;
        uint64_t t = a->tsc, d = __builtin_ia32_rdtsc() - t;

        if (__builtin_expect(d < a->w, 1)) {
            uint64_t v = a->ns + ((d * a->mult) >> 32);

            /* A signal handler that re-anchored under these loads: take the slow path. */
            __atomic_signal_fence(__ATOMIC_SEQ_CST);
            if (__builtin_expect(a->tsc == t, 1))
                return v;
        }
    }
#endif
    return weft__now_slow();
}

/* Nanoseconds since t0 (a weft__now reading of this thread); 0 rather than a wrap. */
static inline uint64_t weft__since(uint64_t t0)
{
    uint64_t t = weft__now();

    return t > t0 ? t - t0 : 0;
}

/* The coarse monotonic clock (a few ns, tick resolution): used for lock hold times. */
static inline uint64_t weft__now_coarse(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* Bytes a ring file with `capacity` events needs (capacity: a power of two). */
size_t weft__ring_size(uint32_t capacity);

/* Lays out a fresh ring in `mem` (weft__ring_size bytes, zeroed) and attaches `r` to it. */
void weft__ring_init(struct weft_ring *r, void *mem, uint32_t capacity, int pid, int tid,
                     uint64_t proc_start_ns, uint64_t start_ns);

/* Attaches `r` to an already laid out ring. Returns 0, or -EINVAL if the header is bad. */
int weft__ring_attach(struct weft_ring *r, void *mem);

/*
 * Creates "<dir>/<pid>-<proc_start_ns>-<tid>.ring" (or "...-<tid>-<k>.ring" when that
 * name is taken), maps it shared, closes the fd and lays it out.  Uses raw syscalls so
 * it never re-enters our own interposers.  Returns 0 or a negative errno (nothing is
 * left mapped on failure).
 */
int weft__ring_create(struct weft_ring *r, const char *dir, uint32_t capacity, int pid, int tid,
                      uint64_t proc_start_ns, uint64_t start_ns);

/*
 * Claims the mapped ring `mem` if the collector marked it FREE, and re-initializes it
 * for thread `tid` (see Recycling in weft_ring.h): 0 with `r` attached, -EBUSY when it
 * is not FREE (or another thread claimed it first), -EINVAL for another capacity.
 * No syscall.
 */
int weft__ring_reuse(struct weft_ring *r, void *mem, uint32_t capacity, int tid,
                     uint64_t start_ns);

/*
 * Creates (truncating) the file at path, sizes it, maps it shared and closes the fd at
 * once.  Raw syscalls only.  Returns 0 with *out set, or a negative errno (the file is
 * removed again).
 */
int weft__map_new_file(const char *path, size_t size, void **out);

/* Marks the thread ended: end time and CPU time, then state DONE (release), for the collector. */
void weft__ring_finish(struct weft_ring *r, uint64_t end_ns, uint64_t cpu_ns);

/* Unmaps a ring (the file stays for the collector). */
void weft__ring_unmap(struct weft_ring *r);

/*
 * Publishes `ev` followed by TEXT records carrying `text` (len bytes, may be 0).  The
 * event and its text become visible together, or are dropped together and counted in
 * `dropped` when the ring has no room.  A full ring whose collector is known (its wake
 * file is mapped) first makes the caller wait for room, at most weft__ring_block_ns
 * (weft_ring.h, "Waking the collector").  Returns 0 or -ENOBUFS.
 */
int weft__ring_emit(struct weft_ring *r, const struct weft_event *ev, const char *text,
                    size_t len);

/*
 * Publishes the blocking call about to start as the ring's in-flight call (see
 * weft_ring.h).  Returns 1 when it took the slot (weft__ring_inflight_end must follow
 * the call), 0 when another call holds it.  Plain stores, no syscall.
 */
static inline int weft__ring_inflight_begin(struct weft_ring *r, uint32_t call, uint64_t ts,
                                            uint64_t obj, uint64_t obj2, uint64_t site,
                                            uint32_t aux, uint32_t coro, uint16_t fd_kind)
{
    struct weft_ring_header *h = r->h;

    if (h->inflight_call != 0)
        return 0;
    h->inflight_ts = ts;
    h->inflight_obj = obj;
    h->inflight_obj2 = obj2;
    h->inflight_site = site;
    h->inflight_aux = aux;
    h->inflight_coro = coro;
    h->inflight_fd_kind = fd_kind;
    h->inflight_count = r->calls[call].count;
    __atomic_store_n(&h->inflight_call, call, __ATOMIC_RELEASE);
    return 1;
}

/* The call returned and its event (if any) is published: nothing in flight. */
static inline void weft__ring_inflight_end(struct weft_ring *r)
{
    __atomic_store_n(&r->h->inflight_call, 0, __ATOMIC_RELEASE);
}

/* Longest wait of a producer for room in a full ring, ns (0: drop at once). Default 8 ms. */
extern uint64_t weft__ring_block_ns;

/* Finds or adds the lock stat slot for `addr`; NULL (and locks_overflow++) if full. */
struct weft_lock_stat *weft__lock_stat(struct weft_ring *r, uint64_t addr, uint32_t kind);

/* Counts one "acquired while held" edge; first sites and time are kept. */
void weft__order_note(struct weft_ring *r, uint64_t held, uint64_t held_site, uint64_t acquired,
                      uint64_t acquired_site, uint64_t ts);

/* Adds one call to a call counter. */
static inline void weft__count(struct weft_ring *r, unsigned call, uint64_t dur, int failed,
                               uint64_t bytes, int recorded)
{
    struct weft_call_counter *c = &r->calls[call];
    c->count++;
    c->total_ns += dur;
    if (dur > c->max_ns)
        c->max_ns = dur;
    c->errors += (failed != 0);
    c->bytes += bytes;
    c->recorded += (recorded != 0);
}

/* Classifies an open fd (fstat, getsockopt, /proc/self/fd link); never fails. */
enum weft_fd_kind weft__fd_classify(int fd);

/* Process file: creates "<dir>/<pid>-<start>.proc" with exe, argv, maps; returns 0 or -errno. */
struct weft_proc_file;
int weft__proc_create(struct weft_proc_file **out, const char *dir, int pid, int ppid,
                      uint64_t start_ns, uint64_t parent_start_ns, uint64_t exec_from_start_ns);
/* Rewrites the maps copy (libraries dlopen'ed since start). */
void weft__proc_snapshot_maps(struct weft_proc_file *p);
/* Marks the process ended; exited says whether exit_code is known. */
void weft__proc_finish(struct weft_proc_file *p, uint64_t end_ns, int exited, int exit_code);

/* Size of a process file: the struct, then room for a copy of /proc/self/maps. */
#define WEFT_PROC_FILE_SIZE (1u << 20)
#define WEFT_PROC_MAPS_OFF 8192u

#endif
