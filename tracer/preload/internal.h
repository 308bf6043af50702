/* Private declarations shared by the interposer files of libweft-preload.so. */
#ifndef WEFT_PRELOAD_INTERNAL_H
#define WEFT_PRELOAD_INTERNAL_H

#include <errno.h>
#include <stddef.h>
#include <stdint.h>

#include "weft_rt.h"

#define WEFT_EXPORT __attribute__((visibility("default")))
#define WEFT_TLS __attribute__((tls_model("initial-exec")))
#define WEFT_SITE() ((uint64_t)(uintptr_t)__builtin_return_address(0))
#define WEFT_LIKELY(x) __builtin_expect(!!(x), 1)
#define WEFT_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* Locks held by this thread, newest last: for hold times and lock-order edges. */
#define WEFT_HELD_MAX 16
struct weft__held {
    uint64_t addr;
    uint64_t site;
    uint64_t t0;     /* clock at acquisition, when timed */
    uint32_t weight; /* 0: hold not timed; else what one timed hold counts for */
    uint32_t pad;
    struct weft_lock_stat *st;
};

enum weft__tstate {
    WEFT_T_NONE = 0,  /* no ring yet: a thread that predates us, made on its first event */
    WEFT_T_LIVE = 1,  /* ring mapped */
    WEFT_T_ENDED = 2, /* thread_end written; later records are dropped */
    WEFT_T_FAILED = 3 /* the ring could not be created; stay quiet */
};

/*
 * Coroutine spans shorter than the threshold, aggregated instead of one switch record each
 * (spans.c): per coroutine that ran in the current window, how many spans and how long.
 */
#define WEFT_SPAN_SLOTS 8
struct weft__span_slot {
    uint32_t key;    /* coroutine key, 0: the thread's own stack */
    uint32_t count;  /* spans it ran in the window */
    uint64_t run_ns; /* their summed length */
};
struct weft__spans {
    uint64_t win_start; /* start of the first aggregated span; valid while nslots > 0 */
    uint64_t win_end;   /* end of the last aggregated span */
    int has_pend;       /* `pend` holds a switch not yet recorded */
    int nslots;
    struct weft_event pend; /* the last switch: it began the span running now */
    struct weft__span_slot slot[WEFT_SPAN_SLOTS];
};

/* Everything per thread; initial-exec TLS so reading it costs one %fs access. */
struct weft__thread {
    int guard;  /* nonzero while our own code runs: wrappers pass straight through */
    int state;  /* enum weft__tstate */
    int tid;
    uint32_t coro; /* coroutine running now, 0 = the thread's own stack */
    struct weft_ring r;
    int depth;
    uint32_t tick; /* picks the sampled lock holds */
    struct weft__held held[WEFT_HELD_MAX];
    /* Set by the pthread_create trampoline before the first event. */
    uint64_t start_routine;
    uint64_t creator_tid;
    int pooled; /* the ring is in the process's pool: kept mapped when the thread ends */
    struct weft__spans sp;
};
extern __thread struct weft__thread weft__t WEFT_TLS;

/* Per-process state, set by the constructor and again in a fork child. */
struct weft__process {
    int active; /* tracing on: WEFT_DIR (or WEFT_OUT) was set; kept in every child */
    int pid;
    uint64_t start_ns;
    uint64_t parent_start_ns;
    uint64_t threshold_ns;
    int every_switch; /* WEFT_EVERY_SWITCH=1: record every coroutine switch, short spans too */
    uint32_t capacity;
    uint32_t hold_sample; /* a power of two: one hold in this many is timed */
    int exit_known;
    int exit_code;
    struct weft_proc_file *proc;
    char dir[1024];
    char self_path[1024]; /* this .so, for LD_PRELOAD re-injection */
};
extern struct weft__process weft__p;

/*
 * The flag weft__on() reads, alone in a page the constructor marks MADV_WIPEONFORK: 1 while
 * this process traces as itself.  A child made without our fork handlers (the raw fork
 * syscall, clone without CLONE_VM) finds it 0 and is adopted on its first traced call,
 * instead of going on in its parent's rings under its parent's thread.  A vfork child shares
 * our memory and finds 1, as before.  Where the kernel cannot wipe (before Linux 4.14, or
 * pages larger than this one) it is never cleared and such a child goes unseen, as before.
 */
#define WEFT_ARMED_PAGE 4096
struct weft__armed {
    int on;
    char pad[WEFT_ARMED_PAGE - sizeof(int)];
};
extern struct weft__armed weft__armed;

/*
 * Tracing is on but weft__armed was wiped: makes this child of a fork that ran none of our
 * handlers a process of its own (its .proc, its ring, its parent named).  Returns 1 when it
 * now traces and the caller may record; 0 inside our own code, which includes our own
 * forks between the fork and our child handler (that child is made there, not here).
 */
int weft__adopt(void);

/*
 * True when a wrapper should trace: tracing is on and we are not inside ourselves.  One
 * load of weft__armed and the guard, as one load of weft__p.active was before; a wiped
 * child is adopted first, on the cold path.
 */
static inline int weft__on(void)
{
    if (WEFT_LIKELY(weft__armed.on))
        return weft__t.guard == 0;
    return WEFT_UNLIKELY(weft__p.active) && weft__adopt();
}

/*
 * Creates the calling thread's ring and its thread_start record, dated start_ns (0:
 * now).  Called where a thread or process begins (trampoline, constructor, fork child)
 * and by weft__ring_slow for threads we did not see start.  NULL when it cannot record.
 */
struct weft_ring *weft__thread_begin(uint64_t start_ns);
/* The calling thread's ring, created on first use; NULL when it cannot record. */
struct weft_ring *weft__ring_slow(void);
static inline struct weft_ring *weft__ring(void)
{
    if (WEFT_LIKELY(weft__t.state == WEFT_T_LIVE))
        return &weft__t.r;
    return weft__ring_slow();
}

/*
 * Ends this thread's ring: thread_end record, DONE state, cpu time.  Idempotent.
 * unmap: the thread itself is ending, so give back the mapping (threads that come
 * and go must not pile up mappings); exit paths keep it, the process is ending anyway.
 */
void weft__thread_finish(int unmap);
/* Resets per-process state in a fork child (new .proc, fresh thread state). */
void weft__after_fork_child(uint64_t parent_start_ns);
/* pthread_atfork child handler: every fork child (ours or libc's) starts over. */
void weft__atfork_child(void);
/* pthread_atfork prepare and parent handlers: the forking thread holds the guard across the fork. */
void weft__atfork_prepare(void);
void weft__atfork_parent(void);
/* Writes end time and exit code into the .proc (exit paths). */
void weft__process_exit(int exited, int code);
/* 1 in the process that loaded us; 0 in a vfork child (or raw clone) sharing its memory. */
int weft__own_image(void);
int weft__gettid(void);
void weft__thread_init_key(void);
void weft__thread_reset_after_fork(void);
/* Spawns the detached collector for WEFT_OUT mode (collect.c); 0 or -errno. */
int weft__spawn_collector(const char *dir, const char *out);

/* Real symbols: resolved in the constructor and lazily (thread-safe, idempotent). */
void *weft__bind(void **slot, const char *name, const char *version);
#define WEFT_REAL_DECLARE(name) static __typeof__(&name) real_##name;
#define WEFT_REAL_RESOLVE(name) weft__bind((void **)&real_##name, #name, NULL);
#define REAL(name)                                                                     \
    (WEFT_LIKELY(__atomic_load_n(&real_##name, __ATOMIC_RELAXED) != NULL)              \
         ? real_##name                                                                 \
         : (__typeof__(real_##name))weft__bind((void **)&real_##name, #name, NULL))

/* Per-file resolvers, called from the constructor. */
void weft__resolve_locks(void);
void weft__resolve_cond(void);
void weft__resolve_c11(void);
void weft__resolve_threads(void);
void weft__resolve_io(void);
void weft__resolve_poll(void);
void weft__resolve_sigwait(void);
void weft__resolve_transfer(void);
void weft__resolve_uring(void);
void weft__resolve_sleep(void);
void weft__resolve_process(void);
void weft__resolve_exec(void);
void weft__resolve_ucontext(void);
void weft__resolve_names(void);
void weft__resolve_fds(void);

/* A timed call in progress. */
struct weft__call {
    uint64_t t0;
    int saved_errno;
    int inflight; /* this call holds the ring's in-flight slot */
};

/*
 * Publishes a blocking call about to start in this thread's ring header, so that a
 * thread killed (or left behind by its process's exit) inside it still shows the
 * call.  Plain stores into the thread's own ring, no syscall.  Returns 1 when the
 * call took the slot; weft__inflight_end(1) must then follow the call.
 */
static inline int weft__inflight_begin(unsigned call, uint64_t t0, uint64_t obj, uint64_t obj2,
                                       uint64_t site, uint32_t aux, uint16_t fd_kind)
{
    if (WEFT_UNLIKELY(weft__t.state != WEFT_T_LIVE))
        return 0;
    return weft__ring_inflight_begin(&weft__t.r, call, t0, obj, obj2, site, aux, weft__t.coro,
                                     fd_kind);
}

static inline void weft__inflight_end(int own)
{
    if (own && WEFT_LIKELY(weft__t.state == WEFT_T_LIVE))
        weft__ring_inflight_end(&weft__t.r);
}

/* The fd's kind when already cached, else WEFT_FD_UNKNOWN: never a syscall (in-flight records). */
uint16_t weft__fd_kind_cached(int fd);

/*
 * Finishes a timed blocking call: counts it, and records an event when it lasted at
 * least the threshold (or `force`).  `ret` < 0 means failure with errno.  The event's
 * obj/obj2/aux/site come from `ev` (ts, dur, call, ret, err are filled in here).  text
 * (may be NULL) is produced only for recorded events by `textfn(ctx, buf, cap)`.
 * Preserves errno.
 */
/* ev->fd_kind value asking weft__finish to classify fd ev->u.e.obj, only if recorded. */
#define WEFT__FD_LOOKUP 0xFFFFu
/* The same for the first of obj and obj2 that is not a pipe (splice, sendfile). */
#define WEFT__FD_LOOKUP_PAIR 0xFFFEu
typedef size_t (*weft__textfn)(const void *ctx, char *buf, size_t cap);
void weft__finish(const struct weft__call *c, unsigned call, int64_t ret, int failed,
                  uint64_t bytes, struct weft_event *ev, int force, weft__textfn textfn,
                  const void *ctx);

/* Starts timing the blocking call `call` on obj/obj2 from `site`, and marks it in flight. */
static inline void weft__begin(struct weft__call *c, unsigned call, uint64_t obj, uint64_t obj2,
                               uint64_t site, uint16_t fd_kind)
{
    c->t0 = weft__now();
    c->inflight = weft__inflight_begin(call, c->t0, obj, obj2, site, 0, fd_kind);
}

/*
 * Coroutine switches (spans.c).  weft__switch records that the thread switches from
 * coroutine `from` to `to` now (with WEFT_CALL_SWAPCONTEXT, SETCONTEXT or CORO_SWITCH) and
 * sets weft__t.coro = to.  A span shorter than the threshold is aggregated, not recorded:
 * every record a thread emits goes through weft__emit, which first writes out what is held.
 */
void weft__switch(unsigned call, uint32_t from, uint32_t to, uint64_t site);
void weft__spans_flush(struct weft_ring *r);
static inline int weft__emit(struct weft_ring *r, const struct weft_event *ev, const char *text,
                             size_t len)
{
    if (WEFT_UNLIKELY(weft__t.sp.has_pend | weft__t.sp.nslots))
        weft__spans_flush(r);
    return weft__ring_emit(r, ev, text, len);
}

/* Records an instant event (dur 0) with optional text; guard must be held by the caller. */
void weft__instant(unsigned call, uint64_t obj, uint64_t obj2, int64_t ret, uint32_t aux,
                   uint64_t site, const char *text);
/* The same with an errno for a failed call. */
void weft__instant_err(unsigned call, uint64_t obj, uint64_t obj2, int64_t ret, int err,
                       uint32_t aux, uint64_t site, const char *text);

/* Counts an instant call (signal, broadcast) without recording an event. */
void weft__count_only(unsigned call);

/* fd kinds, cached per fd; invalidated by calls that make or close fds. */
enum weft_fd_kind weft__fd_kind(int fd);
void weft__fd_forget(int fd);
void weft__fd_forget_range(unsigned lo, unsigned hi);

/* Lock bookkeeping (locks.c). */
/* (weft__lock_acquired and weft__lock_released are inline, in lockfast.h.) */
/* Records a lock wait that began at t0 (inflight: it held the in-flight slot, now freed). */
void weft__lock_waited(uint64_t addr, unsigned call, uint64_t site, uint32_t holder,
                       uint64_t t0, uint64_t t1, int ret, int acquired, int inflight);

/* Small lock-free maps from 64-bit keys to 32-bit values (thread ids, coroutine ids). */
#define WEFT_IDMAP_CAP 4096u
struct weft__idmap {
    uint64_t key[WEFT_IDMAP_CAP];
    uint32_t val[WEFT_IDMAP_CAP];
};
void weft__idmap_put(struct weft__idmap *m, uint64_t key, uint32_t val);
uint32_t weft__idmap_get(const struct weft__idmap *m, uint64_t key);
extern struct weft__idmap weft__thread_tids; /* pthread_t -> tid */

/* Symbol name of a code address via dladdr into buf; returns its length (0 if unknown,
 * and buf is then ""). */
size_t weft__symbol(uint64_t addr, char *buf, size_t cap);

#endif
