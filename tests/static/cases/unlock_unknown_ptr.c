// An unlock through a pointer the analysis cannot follow (returned by a helper) may release
// any lock whose address goes somewhere a pointer can pick it up, never a lock whose address
// only ever goes straight to lock calls (memcached's item_trylock inside lru_crawler_lock).
#include <pthread.h>
#include <stdlib.h>

static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER, other = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *stripes, *spare[2];
static pthread_mutex_t third = PTHREAD_MUTEX_INITIALIZER;
static int counter, loose, unknown;

static pthread_mutex_t *stripe_get(unsigned h) { return &stripes[h & 15]; }
static pthread_mutex_t *spare_get(unsigned h) { return spare[h & 1]; }

static void *worker(void *arg)
{
    pthread_mutex_t *hold = stripe_get((unsigned)(long)arg);
    pthread_mutex_lock(&big);
    pthread_mutex_lock(hold);
    pthread_mutex_unlock(hold);
    counter++; // NORACE: big is still held, no pointer can be &big
    pthread_mutex_unlock(&big);
    pthread_mutex_lock(&other);
    pthread_mutex_unlock(spare_get((unsigned)(long)arg)); /* spare[] holds &other: unlocks it */
    loose++; // RACE (possible): other was released through spare[]
    pthread_mutex_t *never; /* given no value: it may name any lock, third too */
    pthread_mutex_lock(&third);
    pthread_mutex_unlock(never);
    unknown++; // RACE (possible): third may have been released through never
    pthread_mutex_unlock(&third);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    stripes = calloc(16, sizeof(pthread_mutex_t));
    spare[0] = spare[1] = &other;
    pthread_create(&t1, NULL, worker, (void *)1L);
    pthread_create(&t2, NULL, worker, (void *)2L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return counter + loose + unknown;
}
