/* TRUTH: racy. After the barrier the serial thread (PTHREAD_BARRIER_SERIAL_THREAD) writes 'summary' while the other waiter reads it right after its own wait: both accesses follow the same barrier generation and nothing orders them. */
#include <pthread.h>
#include <stdio.h>

static pthread_barrier_t bar;
static int part[2];
static int summary;

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    part[id] = id * 3 + 1;
    if (pthread_barrier_wait(&bar) == PTHREAD_BARRIER_SERIAL_THREAD)
        summary = part[0] + part[1];
    else
        printf("%d\n", summary); /* bug: needs a second barrier */
    return NULL;
}

int main(void)
{
    pthread_t t0, t1;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&t0, NULL, worker, (void *)0L);
    pthread_create(&t1, NULL, worker, (void *)1L);
    pthread_join(t0, NULL);
    pthread_join(t1, NULL);
    return summary;
}
