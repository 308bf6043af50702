/* TRUTH: racy. collector joins producer, but main reads `result` BEFORE joining collector (so nothing orders main's read after producer's write): producer's result = 41 and main's read of result can be concurrent. */
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
    printf("early %d\n", result); /* not ordered after producer */
    pthread_join(c, NULL);
    printf("%d\n", summary);
    return 0;
}
