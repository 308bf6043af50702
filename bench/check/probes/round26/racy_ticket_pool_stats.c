/* TRUTH: racy. Workers update stats.done inside the ticket lock (record()); the reporter
   thread, started by worker 0, reads stats.done through peek() without taking the lock, so
   its read can overlap a worker's `stats.done++`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NWORK 3
#define NJOBS 12

static atomic_uint next_ticket, now_serving;
static int queue_head;
static int jobs[NJOBS];
static struct {
    int done;
    long sum;
} stats;

static void tlock(void)
{
    unsigned my = atomic_fetch_add(&next_ticket, 1);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
}

static void tunlock(void)
{
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_release);
}

static void record(int v)
{
    stats.done++;
    stats.sum += v;
}

static int peek(void)
{
    return stats.done;
}

static void *reporter(void *arg)
{
    (void)arg;
    printf("progress %d\n", peek());
    return NULL;
}

static void *worker(void *arg)
{
    long id = (long)arg;
    pthread_t rep;
    int started = 0;
    if (id == 0) {
        pthread_create(&rep, NULL, reporter, NULL);
        started = 1;
    }
    for (;;) {
        tlock();
        if (queue_head == NJOBS) {
            tunlock();
            break;
        }
        int j = queue_head++;
        record(jobs[j] * 2);
        tunlock();
    }
    if (started)
        pthread_join(rep, NULL);
    return NULL;
}

int main(void)
{
    pthread_t t[NWORK];
    for (int i = 0; i < NJOBS; i++)
        jobs[i] = i;
    for (long i = 0; i < NWORK; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < NWORK; i++)
        pthread_join(t[i], NULL);
    printf("%d %ld\n", stats.done, stats.sum);
    return 0;
}
