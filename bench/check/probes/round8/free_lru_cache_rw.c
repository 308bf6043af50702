/* TRUTH: free. Lookups hold the rwlock for reading and only read; inserts and the hit counter update hold it for writing. */
#include <pthread.h>
#include <string.h>

#define SLOTS 16

typedef struct {
    unsigned key;
    int valid;
    long value;
} slot_t;

typedef struct {
    slot_t slot[SLOTS];
    long hits, misses;
    pthread_rwlock_t rw;
} cache_t;

static cache_t cache = { .rw = PTHREAD_RWLOCK_INITIALIZER };

static int lookup(unsigned key, long *out)
{
    int found = 0;
    pthread_rwlock_rdlock(&cache.rw);
    slot_t *s = &cache.slot[key % SLOTS];
    if (s->valid && s->key == key) {
        *out = s->value;
        found = 1;
    }
    pthread_rwlock_unlock(&cache.rw);
    pthread_rwlock_wrlock(&cache.rw);
    if (found)
        cache.hits++;
    else
        cache.misses++;
    pthread_rwlock_unlock(&cache.rw);
    return found;
}

static void insert(unsigned key, long value)
{
    pthread_rwlock_wrlock(&cache.rw);
    slot_t *s = &cache.slot[key % SLOTS];
    s->key = key;
    s->value = value;
    s->valid = 1;
    pthread_rwlock_unlock(&cache.rw);
}

static void *client(void *arg)
{
    unsigned seed = (unsigned)(long)arg;
    long v;
    for (int i = 0; i < 200; i++) {
        unsigned k = (seed * 31u + i) & 31u;
        if (!lookup(k, &v))
            insert(k, k * 2L);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, client, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return cache.hits + cache.misses != 600;
}
