/* TRUTH: race-free. producer writes `result`; collector (not the creator) pthread_join()s producer before reading result and writing `summary`; main joins collector before reading summary and result. producer's handle is written by main's pthread_create before collector is created. Every conflicting pair is ordered by a join (transitively for main). */
#include <pthread.h>
#include <stdio.h>

static pthread_t producer_tid;
static int result;
static int summary;

static void *producer(void *arg)
{
    (void)arg;
    result = 41;
    return NULL;
}

static void *collector(void *arg)
{
    (void)arg;
    pthread_join(producer_tid, NULL);
    summary = result + 1;
    return NULL;
}

int main(void)
{
    pthread_t c;
    pthread_create(&producer_tid, NULL, producer, NULL);
    pthread_create(&c, NULL, collector, NULL);
    pthread_join(c, NULL);
    printf("%d %d\n", summary, result);
    return 0;
}
