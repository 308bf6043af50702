/* Per-thread state: the ring (made at thread or process start, else on first use), the thread_start record and the end of a thread. */
/*
 * Ring pool.  A ring file per thread used to cost every thread an openat, ftruncate,
 * mmap and, at its end, a munmap whose TLB flush reaches every CPU the process runs on;
 * and the collector the same again (find, map, unmap, unlink) on the same CPUs.  With
 * threads that live microseconds (thread_churn: 20 000 create+join) that was 30-40 % of
 * the program's time under `weft run`.  So the process keeps up to WEFT_RING_POOL_MAX
 * rings mapped after their threads end; once the collector has stored a ring and marked
 * it FREE, a starting thread claims it (a compare-and-swap on its state, see Recycling in
 * weft_ring.h) instead of making a file.  The pool is filled with new rings as they are
 * made and only ever grows; a fork child unmaps its copy.  free_rings in the .proc file
 * (kept by the collector) spares a thread the scan when nothing is free: without a
 * collector nothing ever is.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

__thread struct weft__thread weft__t WEFT_TLS;

static pthread_key_t end_key;

static void *pool[WEFT_RING_POOL_MAX]; /* mapped rings, in the order they were made */
static unsigned pool_n;
static unsigned pool_next;              /* where the next scan starts: rings free up in order */

/* Claims a FREE ring of the pool for this thread; 0, or -1 when none is free. */
static int pool_take(uint64_t start_ns)
{
    unsigned n = __atomic_load_n(&pool_n, __ATOMIC_ACQUIRE);
    unsigned first = __atomic_load_n(&pool_next, __ATOMIC_RELAXED);
    unsigned i;

    if (!n || !weft__p.proc || __atomic_load_n(&weft__p.proc->free_rings, __ATOMIC_RELAXED) <= 0)
        return -1;
    for (i = 0; i < n; i++) {
        unsigned k = (first + i) % n;
        void *mem = __atomic_load_n(&pool[k], __ATOMIC_ACQUIRE);

        if (mem && weft__ring_reuse(&weft__t.r, mem, weft__p.capacity, weft__t.tid, start_ns) == 0) {
            __atomic_fetch_sub(&weft__p.proc->free_rings, 1, __ATOMIC_RELAXED);
            __atomic_store_n(&pool_next, k + 1, __ATOMIC_RELAXED);
            return 0;
        }
    }
    return -1;
}

/* Puts this thread's new ring into the pool if there is room; 1 when it did. */
static int pool_add(struct weft_ring *r)
{
    unsigned n = __atomic_load_n(&pool_n, __ATOMIC_RELAXED);

    do {
        if (n >= WEFT_RING_POOL_MAX)
            return 0;
    } while (!__atomic_compare_exchange_n(&pool_n, &n, n + 1, 1, __ATOMIC_ACQ_REL,
                                          __ATOMIC_RELAXED));
    /* Before the thread's end, which the collector reads with acquire: it may recycle. */
    r->h->features |= WEFT_RING_F_RECYCLE;
    __atomic_store_n(&pool[n], (void *)r->h, __ATOMIC_RELEASE);
    return 1;
}
static int end_key_ok;

int weft__gettid(void)
{
    return (int)syscall(SYS_gettid);
}

static void finish(int unmap, int maybe_in_call);

/*
 * Runs when a thread exits by any path we did not see (cancellation, foreign threads).
 * A thread cancelled inside a blocking call leaves it in flight: it never returned.
 */
static void end_key_destructor(void *value)
{
    (void)value;
    finish(1, 1);
}

void weft__thread_init_key(void)
{
    end_key_ok = pthread_key_create(&end_key, end_key_destructor) == 0;
}

static void emit_start(struct weft_ring *r, uint64_t now)
{
    struct weft_event ev = {.ts = now, .call = WEFT_CALL_THREAD_START};
    char text[256];
    size_t len = weft__symbol(weft__t.start_routine, text, sizeof text);

    ev.u.e.obj = weft__t.start_routine;
    ev.u.e.obj2 = weft__t.creator_tid;
    ev.u.e.aux = (uint32_t)weft__t.creator_tid;
    ev.u.e.site = weft__t.start_routine;
    weft__emit(r, &ev, text, len);

    /* The name it has now: the main thread's comm, or a name set before we saw it. */
    if (syscall(SYS_prctl, PR_GET_NAME, text, 0, 0, 0) == 0) {
        text[16] = 0;
        ev.call = WEFT_CALL_THREAD_NAME;
        ev.u.e.obj = (uint64_t)weft__t.tid;
        ev.u.e.obj2 = 0;
        ev.u.e.aux = 0;
        ev.u.e.site = 0;
        weft__emit(r, &ev, text, strlen(text));
    }
}

struct weft_ring *weft__ring_slow(void)
{
    return weft__thread_begin(0);
}

struct weft_ring *weft__thread_begin(uint64_t start_ns)
{
    uint64_t now;
    int saved;

    if (!weft__p.active || weft__t.state != WEFT_T_NONE)
        return NULL;
    saved = errno;
    weft__t.guard++;
    now = start_ns ? start_ns : weft__now();
    weft__t.tid = weft__gettid();
    if (pool_take(now) == 0) {
        weft__t.pooled = 1;
    } else if (weft__ring_create(&weft__t.r, weft__p.dir, weft__p.capacity, weft__p.pid,
                                 weft__t.tid, weft__p.start_ns, now) < 0) {
        weft__t.state = WEFT_T_FAILED;
    } else {
        weft__t.pooled = pool_add(&weft__t.r);
    }
    if (weft__t.state != WEFT_T_FAILED) {
        weft__t.state = WEFT_T_LIVE;
        weft__idmap_put(&weft__thread_tids, (uint64_t)pthread_self(), (uint32_t)weft__t.tid);
        if (end_key_ok)
            pthread_setspecific(end_key, (void *)1);
        emit_start(&weft__t.r, now);
    }
    weft__t.guard--;
    errno = saved;
    return weft__t.state == WEFT_T_LIVE ? &weft__t.r : NULL;
}

void weft__thread_finish(int unmap)
{
    /* The thread ends by returning or calling an exit: it is in no call of ours, so a
     * call still marked in flight was left by a longjmp out of a signal handler. */
    finish(unmap, 0);
}

static void finish(int unmap, int maybe_in_call)
{
    struct weft_ring *r = &weft__t.r;
    struct weft_event ev = {.call = WEFT_CALL_THREAD_END};
    struct timespec ts;
    int saved = errno;

    if (weft__t.state != WEFT_T_LIVE) {
        weft__t.state = WEFT_T_ENDED;
        return;
    }
    weft__t.guard++;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    ev.ts = weft__now();
    ev.u.e.ret = (int64_t)ts.tv_sec * 1000000000ll + ts.tv_nsec;
    ev.u.e.obj = (uint64_t)weft__t.tid;
    ev.u.e.coro = weft__t.coro;
    weft__emit(r, &ev, NULL, 0);
    if (!maybe_in_call)
        weft__ring_inflight_end(r);
    weft__ring_finish(r, ev.ts, (uint64_t)ev.u.e.ret);
    weft__t.state = WEFT_T_ENDED;
    weft__t.depth = 0; /* held entries point into the ring */
    if (weft__t.pooled) {
        memset(r, 0, sizeof *r); /* the pool keeps it; the collector may hand it on */
        weft__t.pooled = 0;
    } else if (unmap) {
        weft__ring_unmap(r);
    }
    weft__t.guard--;
    errno = saved;
}

/* In a fork child: the parent's ring belongs to the parent; start over. */
void weft__thread_reset_after_fork(void)
{
    unsigned i, n = pool_n;

    memset(&weft__t.sp, 0, sizeof weft__t.sp); /* the parent's held switch is not ours */
    if (weft__t.state == WEFT_T_LIVE && !weft__t.pooled)
        weft__ring_unmap(&weft__t.r);
    /* The pool's rings are the parent's (shared mappings of its files): drop our copies. */
    for (i = 0; i < n && i < WEFT_RING_POOL_MAX; i++) {
        struct weft_ring_header *h = pool[i];

        if (h)
            munmap(h, h->file_size);
        pool[i] = NULL;
    }
    pool_n = 0;
    pool_next = 0;
    weft__t.pooled = 0;
    memset(&weft__t.r, 0, sizeof weft__t.r);
    weft__t.state = WEFT_T_NONE;
    weft__t.depth = 0;
    weft__t.start_routine = 0;
    weft__t.creator_tid = 0;
}
