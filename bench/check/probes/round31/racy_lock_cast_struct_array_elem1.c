/* TRUTH: racy. (pthread_mutex_t *)(shards + 1) is shards[1].mu, while the other thread locks shards[0].mu; both update total. */
#include <pthread.h>
#include <stdio.h>

struct shard { pthread_mutex_t mu; long n; };
static struct shard shards[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };
static long total;

static void *a_fn(void *arg)
{
    (void)arg;
    pthread_mutex_t *l = (pthread_mutex_t *)(shards + 1);
    pthread_mutex_lock(l);
    total += 1;
    pthread_mutex_unlock(l);
    return NULL;
}

static void *b_fn(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&shards[0].mu);
    total += 2;
    pthread_mutex_unlock(&shards[0].mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_fn, NULL);
    pthread_create(&b, NULL, b_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
