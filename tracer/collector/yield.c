/* Runs the collector's writer loop in a thread that only takes CPU time the traced program leaves. */
#define _GNU_SOURCE
#include "collector.h"

#include <pthread.h>
#include <sched.h>

struct yield_arg {
    int (*fn)(void *);
    void *arg;
    int ret;
};

static void *yielding(void *p)
{
    struct yield_arg *a = p;
    /*
     * SCHED_IDLE rather than nice 19: a waking program thread preempts it at once, and the
     * scheduler places wake-ups on a CPU running only it as if that CPU were idle.  It is a
     * thread of its own because an unprivileged thread cannot come back from SCHED_IDLE,
     * and the end of the trace (index, checkpoint) must run at normal priority.
     */
    struct sched_param sp = {0};
    pthread_setschedparam(pthread_self(), SCHED_IDLE, &sp);
    a->ret = a->fn(a->arg);
    return NULL;
}

int weft_collector_yielding(int (*fn)(void *), void *arg)
{
    struct yield_arg a = {fn, arg, 0};
    pthread_t th;
    if (pthread_create(&th, NULL, yielding, &a))
        return fn(arg); /* no thread: write at normal priority rather than not at all */
    pthread_join(th, NULL);
    return a.ret;
}
