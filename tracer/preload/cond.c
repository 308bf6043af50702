/* Interposers for pthread condition variables: every wait is an event; signal and broadcast are counted. */
#define _GNU_SOURCE
#include <pthread.h>

#include "lockfast.h"

/* The GLIBC_2.3.2 versions: a plain dlsym could bind the old compatibility condvars. */
static __typeof__(&pthread_cond_wait) real_pthread_cond_wait;
static __typeof__(&pthread_cond_timedwait) real_pthread_cond_timedwait;
static __typeof__(&pthread_cond_signal) real_pthread_cond_signal;
static __typeof__(&pthread_cond_broadcast) real_pthread_cond_broadcast;
/* Newer (glibc 2.30), one version only; libstdc++'s condition_variable::wait_for uses it. */
static __typeof__(&pthread_cond_clockwait) real_pthread_cond_clockwait;

#define CREAL(name)                                                                  \
    (WEFT_LIKELY(__atomic_load_n(&real_##name, __ATOMIC_RELAXED) != NULL)            \
         ? real_##name                                                               \
         : (__typeof__(real_##name))weft__bind((void **)&real_##name, #name, "GLIBC_2.3.2"))

void weft__resolve_cond(void)
{
    (void)CREAL(pthread_cond_wait);
    (void)CREAL(pthread_cond_timedwait);
    (void)CREAL(pthread_cond_signal);
    (void)CREAL(pthread_cond_broadcast);
    weft__bind((void **)&real_pthread_cond_clockwait, "pthread_cond_clockwait", NULL);
}

/*
 * The wait releases the mutex and takes it again: end its hold before, start a new
 * hold after, so hold times exclude the wait.
 */
static void cond_event(const struct weft__call *c, unsigned call, void *cond, void *mutex,
                       uint64_t site, int r)
{
    struct weft_event ev = {0};

    ev.u.e.obj = (uint64_t)(uintptr_t)cond;
    ev.u.e.obj2 = (uint64_t)(uintptr_t)mutex;
    ev.u.e.site = site;
    weft__finish(c, call, r, r, 0, &ev, 1, NULL, NULL);
    if (r == 0 || r == ETIMEDOUT || r == EOWNERDEAD)
        weft__lock_acquired((uint64_t)(uintptr_t)mutex, WEFT_CALL_PTHREAD_MUTEX_LOCK, site, 1);
}

WEFT_EXPORT int pthread_cond_wait(pthread_cond_t *cond, pthread_mutex_t *m)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return CREAL(pthread_cond_wait)(cond, m);
    weft__lock_released((uint64_t)(uintptr_t)m);
    weft__begin(&c, WEFT_CALL_PTHREAD_COND_WAIT, (uint64_t)(uintptr_t)cond, (uint64_t)(uintptr_t)m, WEFT_SITE(), 0);
    r = CREAL(pthread_cond_wait)(cond, m);
    cond_event(&c, WEFT_CALL_PTHREAD_COND_WAIT, cond, m, WEFT_SITE(), r);
    return r;
}

WEFT_EXPORT int pthread_cond_timedwait(pthread_cond_t *cond, pthread_mutex_t *m,
                                       const struct timespec *abs)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return CREAL(pthread_cond_timedwait)(cond, m, abs);
    weft__lock_released((uint64_t)(uintptr_t)m);
    weft__begin(&c, WEFT_CALL_PTHREAD_COND_TIMEDWAIT, (uint64_t)(uintptr_t)cond, (uint64_t)(uintptr_t)m, WEFT_SITE(), 0);
    r = CREAL(pthread_cond_timedwait)(cond, m, abs);
    cond_event(&c, WEFT_CALL_PTHREAD_COND_TIMEDWAIT, cond, m, WEFT_SITE(), r);
    return r;
}

WEFT_EXPORT int pthread_cond_clockwait(pthread_cond_t *cond, pthread_mutex_t *m, clockid_t clk,
                                       const struct timespec *abs)
{
    struct weft__call c;
    int r;

    if (!weft__on())
        return REAL(pthread_cond_clockwait)(cond, m, clk, abs);
    weft__lock_released((uint64_t)(uintptr_t)m);
    weft__begin(&c, WEFT_CALL_PTHREAD_COND_TIMEDWAIT, (uint64_t)(uintptr_t)cond, (uint64_t)(uintptr_t)m, WEFT_SITE(), 0);
    r = REAL(pthread_cond_clockwait)(cond, m, clk, abs);
    /* Recorded as a timed wait: the call list has no separate id for the clock variant. */
    cond_event(&c, WEFT_CALL_PTHREAD_COND_TIMEDWAIT, cond, m, WEFT_SITE(), r);
    return r;
}

/* Counts an instant call without recording an event. */
void weft__count_only(unsigned call)
{
    struct weft_ring *r;

    weft__t.guard++;
    r = weft__ring();
    if (r)
        weft__count(r, call, 0, 0, 0, 0);
    weft__t.guard--;
}

WEFT_EXPORT int pthread_cond_signal(pthread_cond_t *cond)
{
    if (weft__on())
        weft__count_only(WEFT_CALL_PTHREAD_COND_SIGNAL);
    return CREAL(pthread_cond_signal)(cond);
}

WEFT_EXPORT int pthread_cond_broadcast(pthread_cond_t *cond)
{
    if (weft__on())
        weft__count_only(WEFT_CALL_PTHREAD_COND_BROADCAST);
    return CREAL(pthread_cond_broadcast)(cond);
}
