// race-free: writers take the rwlock in write mode, readers in read mode.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>

static pthread_rwlock_t cache_lock = PTHREAD_RWLOCK_INITIALIZER;
static int cache_hits;

static void *writer(void *arg)
{
    pthread_rwlock_wrlock(&cache_lock);
    cache_hits++;
    pthread_rwlock_unlock(&cache_lock);
    return NULL;
}

static void *reader(void *arg)
{
    pthread_rwlock_rdlock(&cache_lock);
    printf("%d\n", cache_hits);
    pthread_rwlock_unlock(&cache_lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
