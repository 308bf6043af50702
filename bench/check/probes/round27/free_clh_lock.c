/* TRUTH: race-free. CLH queue lock: each thread enqueues its own node with an acq_rel exchange on tail and spins (acquire) on its predecessor's flag; unlock is a release store to its node, after which it recycles the predecessor's node. Guards the plain 'served'. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct clh_node { atomic_int locked; };

static struct clh_node dummy;
static _Atomic(struct clh_node *) tail = &dummy;
static long served;

static struct clh_node *clh_lock(struct clh_node *me)
{
    atomic_store_explicit(&me->locked, 1, memory_order_relaxed);
    struct clh_node *pred = atomic_exchange_explicit(&tail, me, memory_order_acq_rel);
    while (atomic_load_explicit(&pred->locked, memory_order_acquire))
        ;
    return pred;
}

static void *worker(void *arg)
{
    (void)arg;
    struct clh_node *me = malloc(sizeof *me);
    if (!me)
        return NULL;
    for (int i = 0; i < 100; i++) {
        struct clh_node *pred = clh_lock(me);
        served++;
        atomic_store_explicit(&me->locked, 0, memory_order_release);
        me = pred; /* recycle the predecessor's node */
    }
    return NULL; /* the node is leaked: it may be the tail */
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return (int)served;
}
