/* TRUTH: race-free. Every access to total and last happens between a ticket-lock acquire (unique tickets from a counter that only counts up, acquire spin) and its seq_cst fetch_add release; main reads after joining all threads. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long total;
static long last;

static void *worker(void *arg)
{
    long id = (long)arg;
    for (int k = 0; k < 100; k++) {
        unsigned my = atomic_fetch_add(&next_ticket, 1);
        while (atomic_load(&now_serving) != my)
            ;
        total += id;
        last = id;
        atomic_fetch_add(&now_serving, 1);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", total, last);
    return 0;
}
