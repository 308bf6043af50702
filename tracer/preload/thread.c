/* Per-thread state: the ring (made at thread or process start, else on first use), the thread_start record and the end of a thread. */
#define _GNU_SOURCE
#include <pthread.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "internal.h"

__thread struct weft__thread weft__t WEFT_TLS;

static pthread_key_t end_key;
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
    weft__ring_emit(r, &ev, text, len);

    /* The name it has now: the main thread's comm, or a name set before we saw it. */
    if (syscall(SYS_prctl, PR_GET_NAME, text, 0, 0, 0) == 0) {
        text[16] = 0;
        ev.call = WEFT_CALL_THREAD_NAME;
        ev.u.e.obj = (uint64_t)weft__t.tid;
        ev.u.e.obj2 = 0;
        ev.u.e.aux = 0;
        ev.u.e.site = 0;
        weft__ring_emit(r, &ev, text, strlen(text));
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
    if (weft__ring_create(&weft__t.r, weft__p.dir, weft__p.capacity, weft__p.pid, weft__t.tid,
                          weft__p.start_ns, now) < 0) {
        weft__t.state = WEFT_T_FAILED;
    } else {
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
    weft__ring_emit(r, &ev, NULL, 0);
    if (!maybe_in_call)
        weft__ring_inflight_end(r);
    weft__ring_finish(r, ev.ts, (uint64_t)ev.u.e.ret);
    weft__t.state = WEFT_T_ENDED;
    weft__t.depth = 0; /* held entries point into the ring */
    if (unmap)
        weft__ring_unmap(r);
    weft__t.guard--;
    errno = saved;
}

/* In a fork child: the parent's ring belongs to the parent; start over. */
void weft__thread_reset_after_fork(void)
{
    if (weft__t.state == WEFT_T_LIVE)
        weft__ring_unmap(&weft__t.r);
    memset(&weft__t.r, 0, sizeof weft__t.r);
    weft__t.state = WEFT_T_NONE;
    weft__t.depth = 0;
    weft__t.start_routine = 0;
    weft__t.creator_tid = 0;
}
