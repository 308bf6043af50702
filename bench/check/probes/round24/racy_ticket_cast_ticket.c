/* TRUTH: racy. The ticket is cast to unsigned char before it is kept: with 260 threads, ticket 256 becomes 0, and its thread can enter while the ticket-0 thread is still inside (now_serving still 0); both run sum += 1 concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 260

static atomic_uint next_ticket;
static atomic_uint now_serving;
static long sum;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = (unsigned char)atomic_fetch_add(&next_ticket, 1);
    while (atomic_load(&now_serving) != my)
        ;
    sum += 1;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}

int main(void)
{
    static pthread_t t[NT];
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", sum);
    return 0;
}
