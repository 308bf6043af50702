/* TRUTH: racy — main starts a thread running refresh() and then calls refresh() itself before joining; both executions write cache_epoch and cache_val without synchronization. */
#include <pthread.h>
#include <stdio.h>

static int cache_epoch;
static int cache_val;

static void *refresh(void *a)
{
    cache_epoch++;
    cache_val = cache_epoch * 10;
    return a;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, refresh, NULL);
    refresh(NULL);
    pthread_join(t, NULL);
    printf("%d %d\n", cache_epoch, cache_val);
    return 0;
}
