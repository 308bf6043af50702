/* TRUTH: racy. The lock is released with a relaxed store of my + 1: the next holder's acquire load reads it but does not synchronize with it, so the previous holder's queue_len++ and the next holder's queue_len++ are unordered (C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int queue_len;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
    queue_len++;
    atomic_store_explicit(&now_serving, my + 1, memory_order_relaxed);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", queue_len);
    return 0;
}
