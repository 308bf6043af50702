/* TRUTH: race-free. shard_locks (array) decays to &shard_locks[0]: both threads lock the same mutex around shard0_count. */
#include <pthread.h>
#include <stdio.h>

#define NSHARD 4
static pthread_mutex_t shard_locks[NSHARD] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                              PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static long shard0_count;

static void *a_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(shard_locks); /* shard 0 */
    shard0_count++;
    pthread_mutex_unlock(shard_locks);
    return NULL;
}

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&shard_locks[0]);
    shard0_count += 2;
    pthread_mutex_unlock(&shard_locks[0]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", shard0_count);
    return 0;
}
