/* TRUTH: racy. (pthread_mutex_t *)shards is &shards[0].mu; thread a holds it while writing shards[1].count, thread b holds shards[1].mu: different mutexes guard the same counter. */
#include <pthread.h>
#include <stdio.h>

struct shard {
    pthread_mutex_t mu;
    long count;
};

static struct shard shards[2] = {{PTHREAD_MUTEX_INITIALIZER, 0}, {PTHREAD_MUTEX_INITIALIZER, 0}};

static void *a_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)shards);
    shards[1].count++;
    pthread_mutex_unlock((pthread_mutex_t *)shards);
    return NULL;
}

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&shards[1].mu);
    shards[1].count++;
    pthread_mutex_unlock(&shards[1].mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", shards[1].count);
    return 0;
}
