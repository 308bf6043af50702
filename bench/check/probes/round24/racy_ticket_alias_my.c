/* TRUTH: racy. Each worker draws a ticket but then clears it through the pointer pm (a "retry from the start" bug), so both wait for now_serving == 0, which holds from the start: both run count++ at the same time. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int count;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    unsigned *pm = &my;
    *pm = 0;
    while (atomic_load(&now_serving) != my)
        ;
    count++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", count);
    return 0;
}
