/* TRUTH: racy. mark() does fetch_or(&now_serving, 1) without holding the lock: 0 becomes 1 while the ticket-0 worker is inside, so the ticket-1 worker enters; both do hits[0]++ at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long hits[2];

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    hits[0]++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

static void *mark(void *arg)
{
    (void)arg;
    atomic_fetch_or(&now_serving, 1u);
    return NULL;
}

int main(void)
{
    pthread_t w1, w2, m;
    pthread_create(&w1, NULL, worker, NULL);
    pthread_create(&w2, NULL, worker, NULL);
    pthread_create(&m, NULL, mark, NULL);
    pthread_join(w1, NULL);
    pthread_join(w2, NULL);
    pthread_join(m, NULL);
    printf("%ld\n", hits[0]);
    return 0;
}
