/* TRUTH: race-free. Both threads call add(3, v): add locks the wrapper-taken mutex &shard_lock[3] and updates shard[3] under it (one mutex for both). */
#include <pthread.h>
#include <stdio.h>

#define NSHARD 4
static pthread_mutex_t shard_lock[NSHARD] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                             PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long shard[NSHARD];

static void lock(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void unlock(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void add(int s, long v)
{
    lock(&shard_lock[s]);
    shard[s] += v;
    unlock(&shard_lock[s]);
}

static void *t1(void *arg)
{
    (void)arg;
    add(3, 10);
    return NULL;
}

static void *t2(void *arg)
{
    (void)arg;
    add(3, 20);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", shard[3]);
    return 0;
}
