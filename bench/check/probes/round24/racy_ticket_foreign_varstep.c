/* TRUTH: racy. skip_ahead() adds step (1) to now_serving without holding the lock: the ticket-1 worker then enters while the ticket-0 worker is still inside; the two items++ run concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static unsigned step = 1;
static int items;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    items++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

static void *skip_ahead(void *arg)
{
    (void)arg;
    atomic_fetch_add(&now_serving, step);
    return NULL;
}

int main(void)
{
    pthread_t w1, w2, s;
    pthread_create(&w1, NULL, worker, NULL);
    pthread_create(&w2, NULL, worker, NULL);
    pthread_create(&s, NULL, skip_ahead, NULL);
    pthread_join(w1, NULL);
    pthread_join(w2, NULL);
    pthread_join(s, NULL);
    printf("%d\n", items);
    return 0;
}
