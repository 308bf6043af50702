/* TRUTH: racy. MCS lock whose acquire links behind the predecessor but returns without spinning on me->locked (the wait was dropped): a thread that finds a predecessor enters while the predecessor still holds the lock, so both update 'ops'. */
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>

struct qnode { _Atomic(struct qnode *) next; atomic_int locked; };

static _Atomic(struct qnode *) tail;
static long ops;

static void mcs_lock(struct qnode *me)
{
    atomic_store_explicit(&me->next, NULL, memory_order_relaxed);
    atomic_store_explicit(&me->locked, 1, memory_order_relaxed);
    struct qnode *pred = atomic_exchange_explicit(&tail, me, memory_order_acq_rel);
    if (pred)
        atomic_store_explicit(&pred->next, me, memory_order_release); /* bug: no wait on me->locked */
}

static void mcs_unlock(struct qnode *me)
{
    struct qnode *succ = atomic_load_explicit(&me->next, memory_order_acquire);
    if (!succ) {
        struct qnode *expect = me;
        if (atomic_compare_exchange_strong_explicit(&tail, &expect, NULL, memory_order_acq_rel, memory_order_acquire))
            return;
        while (!(succ = atomic_load_explicit(&me->next, memory_order_acquire)))
            ;
    }
    atomic_store_explicit(&succ->locked, 0, memory_order_release);
}

static void *worker(void *arg)
{
    (void)arg;
    struct qnode me;
    for (int i = 0; i < 100; i++) {
        mcs_lock(&me);
        ops++;
        mcs_unlock(&me);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return (int)ops;
}
