/* TRUTH: racy — cache_evict_one unlocks unconditionally; called from cache_put while held, its nested lock failed with EDEADLK (no count for error-checking mutexes) so its unlock releases cache_mu, and cache_put then writes cache[slot]/cache_size without the lock, racing with the other client */
#include <pthread.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NSLOTS 32
#define NCLIENTS 2

struct cache_entry {
    int key;
    int val;
    int used;
};

static pthread_mutex_t cache_mu;
static struct cache_entry cache[NSLOTS];
static int cache_size;
static long evictions;

/* Takes the cache lock.  Returns 1 if this call took it, 0 if the caller
 * already held it (error-checking mutex reports EDEADLK). */
static int cache_lock(void)
{
    int r = pthread_mutex_lock(&cache_mu);
    if (r == EDEADLK)
        return 0;
    if (r != 0)
        abort();
    return 1;
}

static void cache_unlock(int taken)
{
    if (taken)
        pthread_mutex_unlock(&cache_mu);
}

static void cache_evict_one(void)
{
    int took = cache_lock();
    int i;
    for (i = 0; i < NSLOTS; i++) {
        if (cache[i].used) {
            cache[i].used = 0;
            cache_size--;
            evictions++;
            break;
        }
    }
    (void)took;
    pthread_mutex_unlock(&cache_mu);
}

static void cache_put(int key, int val)
{
    int took = cache_lock();
    int i, slot = -1;
    if (cache_size >= NSLOTS / 2)
        cache_evict_one();
    for (i = 0; i < NSLOTS; i++) {
        if (!cache[i].used) {
            slot = i;
            break;
        }
    }
    if (slot >= 0) {
        cache[slot].key = key;
        cache[slot].val = val;
        cache[slot].used = 1;
        cache_size++;
    }
    cache_unlock(took);
}

static int cache_get(int key, int *val)
{
    int took = cache_lock();
    int i, found = 0;
    for (i = 0; i < NSLOTS; i++) {
        if (cache[i].used && cache[i].key == key) {
            *val = cache[i].val;
            found = 1;
            break;
        }
    }
    cache_unlock(took);
    return found;
}

static void *client(void *arg)
{
    int base = (int)(long)arg * 100;
    int i, v, hits = 0;
    for (i = 0; i < 200; i++) {
        cache_put(base + i % 40, i);
        hits += cache_get(base + (i * 7) % 40, &v);
    }
    return (void *)(long)hits;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_t th[NCLIENTS];
    long i;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&cache_mu, &at);
    for (i = 0; i < NCLIENTS; i++)
        pthread_create(&th[i], NULL, client, (void *)i);
    for (i = 0; i < NCLIENTS; i++)
        pthread_join(th[i], NULL);
    printf("size=%d evictions=%ld\n", cache_size, evictions);
    return 0;
}
