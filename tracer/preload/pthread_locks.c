/* Interposers for pthread mutexes, rwlocks, spinlocks, semaphores and barriers: try first, time only waits. */
#define _GNU_SOURCE
#include <pthread.h>
#include <semaphore.h>

#include "lockfast.h"

#define LOCK_SYMS(X)                                                                       \
    X(pthread_mutex_lock) X(pthread_mutex_trylock) X(pthread_mutex_timedlock)              \
    X(pthread_mutex_unlock) X(pthread_rwlock_rdlock) X(pthread_rwlock_wrlock)              \
    X(pthread_rwlock_tryrdlock) X(pthread_rwlock_trywrlock) X(pthread_rwlock_timedrdlock)  \
    X(pthread_rwlock_timedwrlock) X(pthread_rwlock_unlock) X(pthread_spin_lock)            \
    X(pthread_spin_trylock) X(pthread_spin_unlock) X(sem_wait) X(sem_timedwait)            \
    X(sem_trywait) X(pthread_barrier_wait) X(pthread_mutex_clocklock)                       \
    X(pthread_rwlock_clockrdlock) X(pthread_rwlock_clockwrlock) X(sem_clockwait)
LOCK_SYMS(WEFT_REAL_DECLARE)
void weft__resolve_locks(void)
{
    LOCK_SYMS(WEFT_REAL_RESOLVE)
}

#define ADDR(p) ((uint64_t)(uintptr_t)(p))

/*
 * The common shape: `try` succeeds at once -> counters only; otherwise read the holder,
 * time the blocking call `wait`, and record the wait.  `ok(r)` says r means acquired.
 */
#define TRY_THEN_WAIT(call, obj, try_expr, wait_expr, holder_expr, push)                 \
    do {                                                                               \
        uint64_t site_ = WEFT_SITE(), t0_;                                             \
        uint32_t holder_;                                                              \
        int r_ = (try_expr), own_;                                                     \
        if (WEFT_LIKELY(r_ == 0 || r_ == EOWNERDEAD)) {                                \
            weft__lock_acquired(ADDR(obj), call, site_, push);                         \
            return r_;                                                                 \
        }                                                                              \
        if (r_ != EBUSY)                                                               \
            return r_;                                                                 \
        holder_ = (holder_expr);                                                       \
        t0_ = weft__now();                                                             \
        own_ = weft__inflight_begin(call, t0_, ADDR(obj), 0, site_, holder_, 0);       \
        r_ = (wait_expr);                                                              \
        weft__lock_waited(ADDR(obj), call, site_, holder_, t0_, weft__now(), r_,       \
                          (push) && (r_ == 0 || r_ == EOWNERDEAD), own_);              \
        return r_;                                                                     \
    } while (0)

/* A trylock by the program: counted, and held when it succeeded. */
#define TRY_ONLY(call, obj, try_expr, push)                                            \
    do {                                                                               \
        int r_ = (try_expr);                                                           \
        if (r_ == 0 || r_ == EOWNERDEAD)                                               \
            weft__lock_acquired(ADDR(obj), call, WEFT_SITE(), push);                   \
        return r_;                                                                     \
    } while (0)

WEFT_EXPORT int pthread_mutex_lock(pthread_mutex_t *m)
{
    if (WEFT_UNLIKELY(!weft__on()))
        return REAL(pthread_mutex_lock)(m);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_MUTEX_LOCK, m, REAL(pthread_mutex_trylock)(m),
                  REAL(pthread_mutex_lock)(m), (uint32_t)m->__data.__owner, 1);
}

WEFT_EXPORT int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abs)
{
    if (!weft__on())
        return REAL(pthread_mutex_timedlock)(m, abs);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_MUTEX_TIMEDLOCK, m, REAL(pthread_mutex_trylock)(m),
                  REAL(pthread_mutex_timedlock)(m, abs), (uint32_t)m->__data.__owner, 1);
}

/* The clock variants (glibc 2.30, used by C++ timed mutexes) count as the timed ones. */
WEFT_EXPORT int pthread_mutex_clocklock(pthread_mutex_t *m, clockid_t clk,
                                        const struct timespec *abs)
{
    if (!weft__on())
        return REAL(pthread_mutex_clocklock)(m, clk, abs);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_MUTEX_TIMEDLOCK, m, REAL(pthread_mutex_trylock)(m),
                  REAL(pthread_mutex_clocklock)(m, clk, abs), (uint32_t)m->__data.__owner, 1);
}

WEFT_EXPORT int pthread_rwlock_clockrdlock(pthread_rwlock_t *l, clockid_t clk,
                                           const struct timespec *abs)
{
    if (!weft__on())
        return REAL(pthread_rwlock_clockrdlock)(l, clk, abs);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_RWLOCK_TIMEDRDLOCK, l, REAL(pthread_rwlock_tryrdlock)(l),
                  REAL(pthread_rwlock_clockrdlock)(l, clk, abs),
                  (uint32_t)l->__data.__cur_writer, 1);
}

WEFT_EXPORT int pthread_rwlock_clockwrlock(pthread_rwlock_t *l, clockid_t clk,
                                           const struct timespec *abs)
{
    if (!weft__on())
        return REAL(pthread_rwlock_clockwrlock)(l, clk, abs);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_RWLOCK_TIMEDWRLOCK, l, REAL(pthread_rwlock_trywrlock)(l),
                  REAL(pthread_rwlock_clockwrlock)(l, clk, abs),
                  (uint32_t)l->__data.__cur_writer, 1);
}

WEFT_EXPORT int pthread_mutex_trylock(pthread_mutex_t *m)
{
    if (!weft__on())
        return REAL(pthread_mutex_trylock)(m);
    TRY_ONLY(WEFT_CALL_PTHREAD_MUTEX_TRYLOCK, m, REAL(pthread_mutex_trylock)(m), 1);
}

WEFT_EXPORT int pthread_mutex_unlock(pthread_mutex_t *m)
{
    /* Bookkeeping after the real unlock: it must not lengthen the critical section. */
    int r = REAL(pthread_mutex_unlock)(m);

    if (WEFT_LIKELY(weft__t.depth != 0) && weft__on())
        weft__lock_released(ADDR(m));
    return r;
}

WEFT_EXPORT int pthread_rwlock_rdlock(pthread_rwlock_t *l)
{
    if (!weft__on())
        return REAL(pthread_rwlock_rdlock)(l);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_RWLOCK_RDLOCK, l, REAL(pthread_rwlock_tryrdlock)(l),
                  REAL(pthread_rwlock_rdlock)(l), (uint32_t)l->__data.__cur_writer, 1);
}

WEFT_EXPORT int pthread_rwlock_wrlock(pthread_rwlock_t *l)
{
    if (!weft__on())
        return REAL(pthread_rwlock_wrlock)(l);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_RWLOCK_WRLOCK, l, REAL(pthread_rwlock_trywrlock)(l),
                  REAL(pthread_rwlock_wrlock)(l), (uint32_t)l->__data.__cur_writer, 1);
}

WEFT_EXPORT int pthread_rwlock_timedrdlock(pthread_rwlock_t *l, const struct timespec *abs)
{
    if (!weft__on())
        return REAL(pthread_rwlock_timedrdlock)(l, abs);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_RWLOCK_TIMEDRDLOCK, l, REAL(pthread_rwlock_tryrdlock)(l),
                  REAL(pthread_rwlock_timedrdlock)(l, abs), (uint32_t)l->__data.__cur_writer,
                  1);
}

WEFT_EXPORT int pthread_rwlock_timedwrlock(pthread_rwlock_t *l, const struct timespec *abs)
{
    if (!weft__on())
        return REAL(pthread_rwlock_timedwrlock)(l, abs);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_RWLOCK_TIMEDWRLOCK, l, REAL(pthread_rwlock_trywrlock)(l),
                  REAL(pthread_rwlock_timedwrlock)(l, abs), (uint32_t)l->__data.__cur_writer,
                  1);
}

WEFT_EXPORT int pthread_rwlock_tryrdlock(pthread_rwlock_t *l)
{
    if (!weft__on())
        return REAL(pthread_rwlock_tryrdlock)(l);
    TRY_ONLY(WEFT_CALL_PTHREAD_RWLOCK_TRYRDLOCK, l, REAL(pthread_rwlock_tryrdlock)(l), 1);
}

WEFT_EXPORT int pthread_rwlock_trywrlock(pthread_rwlock_t *l)
{
    if (!weft__on())
        return REAL(pthread_rwlock_trywrlock)(l);
    TRY_ONLY(WEFT_CALL_PTHREAD_RWLOCK_TRYWRLOCK, l, REAL(pthread_rwlock_trywrlock)(l), 1);
}

WEFT_EXPORT int pthread_rwlock_unlock(pthread_rwlock_t *l)
{
    /* Bookkeeping after the real unlock: it must not lengthen the critical section. */
    int r = REAL(pthread_rwlock_unlock)(l);

    if (WEFT_LIKELY(weft__t.depth != 0) && weft__on())
        weft__lock_released(ADDR(l));
    return r;
}

WEFT_EXPORT int pthread_spin_lock(pthread_spinlock_t *s)
{
    if (!weft__on())
        return REAL(pthread_spin_lock)(s);
    TRY_THEN_WAIT(WEFT_CALL_PTHREAD_SPIN_LOCK, s, REAL(pthread_spin_trylock)(s),
                  REAL(pthread_spin_lock)(s), 0, 1);
}

WEFT_EXPORT int pthread_spin_trylock(pthread_spinlock_t *s)
{
    if (!weft__on())
        return REAL(pthread_spin_trylock)(s);
    TRY_ONLY(WEFT_CALL_PTHREAD_SPIN_TRYLOCK, s, REAL(pthread_spin_trylock)(s), 1);
}

WEFT_EXPORT int pthread_spin_unlock(pthread_spinlock_t *s)
{
    /* Bookkeeping after the real unlock: it must not lengthen the critical section. */
    int r = REAL(pthread_spin_unlock)(s);

    if (WEFT_LIKELY(weft__t.depth != 0) && weft__on())
        weft__lock_released(ADDR(s));
    return r;
}

/* sem_trywait reports "would block" through errno; a semaphore is not held by a thread. */
static int sem_try(sem_t *s)
{
    int saved = errno;
    int r = REAL(sem_trywait)(s);

    if (r == 0)
        return 0;
    r = errno == EAGAIN ? EBUSY : errno;
    errno = saved;
    return r;
}

/* The blocking sem call with -1/errno turned into a positive error number for bookkeeping. */
static int sem_block(int r)
{
    return r == 0 ? 0 : errno;
}

WEFT_EXPORT int sem_wait(sem_t *s)
{
    if (!weft__on())
        return REAL(sem_wait)(s);
    {
        uint64_t site = WEFT_SITE(), t0;
        int r = sem_try(s), e, own;

        if (r == 0) {
            weft__lock_acquired(ADDR(s), WEFT_CALL_SEM_WAIT, site, 0);
            return 0;
        }
        t0 = weft__now();
        own = weft__inflight_begin(WEFT_CALL_SEM_WAIT, t0, ADDR(s), 0, site, 0, 0);
        r = REAL(sem_wait)(s);
        e = errno;
        weft__lock_waited(ADDR(s), WEFT_CALL_SEM_WAIT, site, 0, t0, weft__now(), sem_block(r), 0,
                          own);
        errno = e;
        return r;
    }
}

/* sem_timedwait and sem_clockwait: the blocking call is passed as `wait`. */
static int sem_timed(sem_t *s, unsigned call, uint64_t site, int (*wait)(sem_t *, const void *),
                     const void *ctx)
{
    uint64_t t0;
    int r = sem_try(s), e, own;

    if (r == 0) {
        weft__lock_acquired(ADDR(s), call, site, 0);
        return 0;
    }
    t0 = weft__now();
    own = weft__inflight_begin(call, t0, ADDR(s), 0, site, 0, 0);
    r = wait(s, ctx);
    e = errno;
    weft__lock_waited(ADDR(s), call, site, 0, t0, weft__now(), sem_block(r), 0, own);
    errno = e;
    return r;
}

struct sem_deadline {
    clockid_t clk;
    const struct timespec *abs;
};

static int call_sem_timedwait(sem_t *s, const void *ctx)
{
    return REAL(sem_timedwait)(s, ((const struct sem_deadline *)ctx)->abs);
}

static int call_sem_clockwait(sem_t *s, const void *ctx)
{
    const struct sem_deadline *d = ctx;
    return REAL(sem_clockwait)(s, d->clk, d->abs);
}

WEFT_EXPORT int sem_timedwait(sem_t *s, const struct timespec *abs)
{
    struct sem_deadline d = {CLOCK_REALTIME, abs};

    if (!weft__on())
        return REAL(sem_timedwait)(s, abs);
    return sem_timed(s, WEFT_CALL_SEM_TIMEDWAIT, WEFT_SITE(), call_sem_timedwait, &d);
}

WEFT_EXPORT int sem_clockwait(sem_t *s, clockid_t clk, const struct timespec *abs)
{
    struct sem_deadline d = {clk, abs};

    if (!weft__on())
        return REAL(sem_clockwait)(s, clk, abs);
    return sem_timed(s, WEFT_CALL_SEM_TIMEDWAIT, WEFT_SITE(), call_sem_clockwait, &d);
}

WEFT_EXPORT int sem_trywait(sem_t *s)
{
    int r;

    if (!weft__on())
        return REAL(sem_trywait)(s);
    r = REAL(sem_trywait)(s);
    if (r == 0)
        weft__lock_acquired(ADDR(s), WEFT_CALL_SEM_TRYWAIT, WEFT_SITE(), 0);
    return r;
}

WEFT_EXPORT int pthread_barrier_wait(pthread_barrier_t *b)
{
    uint64_t t0, site = WEFT_SITE();
    int r, own;

    if (!weft__on())
        return REAL(pthread_barrier_wait)(b);
    t0 = weft__now();
    own = weft__inflight_begin(WEFT_CALL_PTHREAD_BARRIER_WAIT, t0, ADDR(b), 0, site, 0, 0);
    r = REAL(pthread_barrier_wait)(b);
    /* PTHREAD_BARRIER_SERIAL_THREAD is success too. */
    weft__lock_waited(ADDR(b), WEFT_CALL_PTHREAD_BARRIER_WAIT, site, 0, t0, weft__now(),
                      r == PTHREAD_BARRIER_SERIAL_THREAD ? 0 : r, 0, own);
    return r;
}
