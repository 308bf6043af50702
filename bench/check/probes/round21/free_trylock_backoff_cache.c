/* TRUTH: race-free. cache_put() touches cache.entries/cache.n/cache.contended only while holding cache.lock: either trylock returned 0, or (when it failed) after the blocking pthread_mutex_lock; the contention counter is updated after acquiring. cache_get() locks too. main reads after joins. */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>

#define CN 16

struct cache {
    pthread_mutex_t lock;
    int entries[CN];
    int n;
    long contended;
};

static struct cache cache = { PTHREAD_MUTEX_INITIALIZER, {0}, 0, 0 };

static void cache_put(int v)
{
    int waited = 0;
    if (pthread_mutex_trylock(&cache.lock) != 0) {
        sched_yield();
        pthread_mutex_lock(&cache.lock);
        waited = 1;
    }
    if (waited)
        cache.contended++;
    cache.entries[cache.n % CN] = v;
    cache.n++;
    pthread_mutex_unlock(&cache.lock);
}

static int cache_get(int idx)
{
    int v;
    pthread_mutex_lock(&cache.lock);
    v = idx < cache.n ? cache.entries[idx % CN] : -1;
    pthread_mutex_unlock(&cache.lock);
    return v;
}

static void *putter(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 30; i++)
        cache_put(base + i);
    return NULL;
}

static void *getter(void *arg)
{
    long s = 0;
    (void)arg;
    for (int i = 0; i < 30; i++)
        s += cache_get(i);
    return (void *)s;
}

int main(void)
{
    pthread_t p1, p2, g;
    pthread_create(&p1, NULL, putter, (void *)0L);
    pthread_create(&p2, NULL, putter, (void *)100L);
    pthread_create(&g, NULL, getter, NULL);
    pthread_join(p1, NULL);
    pthread_join(p2, NULL);
    pthread_join(g, NULL);
    printf("n=%d contended=%ld\n", cache.n, cache.contended);
    return 0;
}
