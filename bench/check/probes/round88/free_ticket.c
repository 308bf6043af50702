/* Race-free: ticket lock; next_ticket is taken with atomic_fetch_add, now_serving is
   spun on with acquire loads and advanced with a release store by the holder; the plain
   'log' array and 'pos' are only written inside the lock. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 3
#define ITERS 200

static atomic_uint next_ticket, now_serving;
static int log_buf[NT * ITERS];
static int pos;

static void ticket_lock(void)
{
    unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
}

static void ticket_unlock(void)
{
    unsigned n = atomic_load_explicit(&now_serving, memory_order_relaxed);
    atomic_store_explicit(&now_serving, n + 1, memory_order_release);
}

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < ITERS; i++) {
        ticket_lock();
        log_buf[pos++] = id;
        ticket_unlock();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("pos=%d first=%d\n", pos, log_buf[0]);
    return 0;
}
