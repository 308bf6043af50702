/* TRUTH: racy. cache_lock is PTHREAD_MUTEX_ERRORCHECK. cache_put() locks it, then calls evict_one(), which locks it again (fails with EDEADLK, ignored) and unlocks it: the mutex is now free, and cache_put's following 'cache_used++' runs unlocked while the other thread (same code) may hold the lock and write cache_used (write/write). */
#include <pthread.h>
#include <stdio.h>

#define CAP 4

static pthread_mutex_t cache_lock;
static int cache_keys[CAP];
static int cache_used;
static long evictions;

static void evict_one(void)
{
    pthread_mutex_lock(&cache_lock); /* EDEADLK when the caller holds it: not checked */
    if (cache_used > 0) {
        cache_used--;
        evictions++;
    }
    pthread_mutex_unlock(&cache_lock); /* releases the caller's lock */
}

static void cache_put(int key)
{
    pthread_mutex_lock(&cache_lock);
    if (cache_used == CAP)
        evict_one();
    cache_keys[cache_used % CAP] = key;
    cache_used++;
    pthread_mutex_unlock(&cache_lock);
}

static void *client(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 100; i++)
        cache_put(base + i);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&cache_lock, &at);
    pthread_mutexattr_destroy(&at);
    pthread_t a, b;
    pthread_create(&a, NULL, client, (void *)0L);
    pthread_create(&b, NULL, client, (void *)1000L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %ld\n", cache_used, evictions);
    return 0;
}
