// A flag stored in a callee is stored for the caller, whether the callee's run is reused from
// the memo, runs as a callback (pthread_once, qsort) or follows an acquire-only exchange,
// which releases nothing; and a label reached by a backward goto has not surely seen a flag.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

static atomic_int f_memo, f_once, f_acq, f_goto;
static int d_memo, d_once, d_acq, d_goto;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static volatile int mode = 1;

static void set_memo(void)
{
    atomic_store(&f_memo, 1);
}

static void *memo_producer(void *a)
{
    (void)a;
    int m = mode;
    if (m) {
        set_memo();
    } else {
        set_memo();
        d_memo = 2; // RACE (possible): after the store, on the path whose call reused the memo
    }
    return 0;
}

static void init_once(void)
{
    atomic_store(&f_once, 1);
}

static void *once_producer(void *a)
{
    (void)a;
    pthread_once(&once, init_once);
    d_once = 1; // RACE (possible): the callback stored the flag first
    return 0;
}

static void *acq_producer(void *a)
{
    (void)a;
    d_acq = 1; // RACE (possible): an acquire exchange releases nothing
    atomic_exchange_explicit(&f_acq, 1, memory_order_acquire);
    return 0;
}

static void *goto_producer(void *a)
{
    (void)a;
    d_goto = 1; // RACE (possible): the waiter may reach its read without waiting
    atomic_store(&f_goto, 1);
    return 0;
}

static void *waiter(void *a)
{
    (void)a;
    while (!atomic_load(&f_memo))
        ;
    while (!atomic_load(&f_once))
        ;
    while (!atomic_load(&f_acq))
        ;
    return (void *)(long)(d_memo + d_once + d_acq);
}

static void *goto_waiter(void *a)
{
    (void)a;
    if (mode)
        goto skip;
    while (!atomic_load(&f_goto))
        ;
again:
    return (void *)(long)d_goto;
skip:
    goto again;
}

int main(void)
{
    pthread_t t[6];
    pthread_create(&t[0], 0, memo_producer, 0);
    pthread_create(&t[1], 0, once_producer, 0);
    pthread_create(&t[2], 0, acq_producer, 0);
    pthread_create(&t[3], 0, goto_producer, 0);
    pthread_create(&t[4], 0, waiter, 0);
    pthread_create(&t[5], 0, goto_waiter, 0);
    for (int i = 0; i < 6; i++)
        pthread_join(t[i], 0);
    return 0;
}
