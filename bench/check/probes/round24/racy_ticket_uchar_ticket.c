/* TRUTH: racy. The ticket is truncated to unsigned char: with 300 threads, the thread drawing ticket 256 keeps 0 and, if it draws while the ticket-0 thread is still inside (now_serving still 0), enters too; both run total += i in worker at once. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 300

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long total;

static void *worker(void *arg)
{
    long i = (long)arg;
    unsigned char my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    total += i;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

int main(void)
{
    static pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
