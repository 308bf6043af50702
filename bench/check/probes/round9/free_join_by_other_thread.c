/* TRUTH: free. The collector joins the producer before reading result, and main joins the collector before reading it; the producer's write is ordered before both reads. */
#include <pthread.h>
#include <stdio.h>

static pthread_t producer_tid;
static int result;
static int copy;

static void *producer(void *arg) { (void)arg; result = 9; return NULL; }

static void *collector(void *arg)
{
    (void)arg;
    pthread_join(producer_tid, NULL);
    copy = result;
    return NULL;
}

int main(void)
{
    pthread_t c;
    pthread_create(&producer_tid, NULL, producer, NULL);
    pthread_create(&c, NULL, collector, NULL);
    pthread_join(c, NULL);
    printf("%d %d\n", result, copy);
    return 0;
}
