/* TRUTH: race-free. Within each round the ticket lock orders the accesses to hits; main resets next_ticket and now_serving (and reads hits) only after joining every thread of the round and before starting the next one. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long hits;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    hits++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2, t3, t4;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("round 1: %ld\n", hits);
    atomic_store(&next_ticket, 0);
    atomic_store(&now_serving, 0);
    hits = 0;
    pthread_create(&t3, NULL, worker, NULL);
    pthread_create(&t4, NULL, worker, NULL);
    pthread_join(t3, NULL);
    pthread_join(t4, NULL);
    printf("round 2: %ld\n", hits);
    return 0;
}
