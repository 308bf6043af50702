/* TRUTH: race-free. Workers take jobs and write results only while holding the ticket lock
   (tickets from a counter that only counts up by 1, released by the holder's fetch_add on
   now_serving); main reads after joining all workers. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NW 3
#define NJ 9

static atomic_uint next_ticket, now_serving;
static int head;
static int results[NJ];
static long total;

static void acquire(void)
{
    unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
}

static void release(void)
{
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
}

static int take_job(void)
{
    int j = -1;
    acquire();
    if (head < NJ)
        j = head++;
    release();
    return j;
}

static void finish_job(int j, int v)
{
    acquire();
    results[j] = v;
    total += v;
    release();
}

static void *worker(void *arg)
{
    (void)arg;
    for (;;) {
        int j = take_job();
        if (j < 0)
            break;
        finish_job(j, j * j);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (int i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    printf("%ld %d\n", total, results[NJ - 1]);
    return 0;
}
