// racy: both threads modify the cache while holding the rwlock only in read mode.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t cache_lock = PTHREAD_RWLOCK_INITIALIZER;
static int cache_hits;

static void *lookup(void *arg)
{
    pthread_rwlock_rdlock(&cache_lock);
    cache_hits++;
    pthread_rwlock_unlock(&cache_lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, lookup, NULL);
    pthread_create(&b, NULL, lookup, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
