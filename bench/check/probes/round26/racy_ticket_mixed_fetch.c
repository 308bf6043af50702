/* TRUTH: racy. now_serving starts at 1. batch_job draws its ticket with __atomic_add_fetch
   (new value), interactive with __atomic_fetch_add (old value). If batch_job draws first
   (counter 0 -> 1, ticket 1) and interactive next (ticket 1, counter 2), both see
   now_serving == 1 and run `jobs_done++` at the same time. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static unsigned next_ticket;
static atomic_uint now_serving = 1;
static long jobs_done;

static void *batch_job(void *arg)
{
    (void)arg;
    unsigned my = __atomic_add_fetch(&next_ticket, 1, __ATOMIC_SEQ_CST);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
    jobs_done++;
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
    return NULL;
}

static void *interactive(void *arg)
{
    (void)arg;
    unsigned my = __atomic_fetch_add(&next_ticket, 1, __ATOMIC_SEQ_CST);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
    jobs_done++;
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, batch_job, NULL);
    pthread_create(&b, NULL, interactive, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", jobs_done);
    return 0;
}
