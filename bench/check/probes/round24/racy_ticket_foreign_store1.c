/* TRUTH: racy. kick() stores 1 into now_serving without holding the lock: while the ticket-0 worker is inside (counter++), the ticket-1 worker sees 1 and enters; the two counter++ run at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long counter;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    counter++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

/* a "watchdog" that unsticks the first waiter */
static void *kick(void *arg)
{
    (void)arg;
    atomic_store(&now_serving, 1);
    return NULL;
}

int main(void)
{
    pthread_t w1, w2, k;
    pthread_create(&w1, NULL, worker, NULL);
    pthread_create(&w2, NULL, worker, NULL);
    pthread_create(&k, NULL, kick, NULL);
    pthread_join(w1, NULL);
    pthread_join(w2, NULL);
    pthread_join(k, NULL);
    printf("%ld\n", counter);
    return 0;
}
