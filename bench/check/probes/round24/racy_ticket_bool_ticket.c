/* TRUTH: racy. The ticket is kept in a _Bool: tickets 1 and 2 both become 1, so the two threads that draw them both leave the spin once now_serving is 1 and run total++ in worker at the same time (unordered writes). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long total;

static void *worker(void *arg)
{
    (void)arg;
    bool my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    total++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
