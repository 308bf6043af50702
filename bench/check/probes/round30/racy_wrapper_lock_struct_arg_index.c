/* TRUTH: racy. Each worker is handed its own struct with shard = 0 or 1 and locks shard_lock[shard] through a wrapper, but both append to the shared log_len: different mutexes. */
#include <pthread.h>
#include <stdio.h>

struct warg {
    int shard;
    int amount;
};

static pthread_mutex_t shard_lock[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int shard_sum[2];
static int log_len;

static void acquire(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void release(pthread_mutex_t *m) { pthread_mutex_unlock(m); }

static void *worker(void *p)
{
    struct warg *a = p;
    acquire(&shard_lock[a->shard]);
    shard_sum[a->shard] += a->amount;
    log_len++;
    release(&shard_lock[a->shard]);
    return NULL;
}

int main(void)
{
    static struct warg w0 = {0, 3}, w1 = {1, 4};
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &w0);
    pthread_create(&b, NULL, worker, &w1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", log_len);
    return 0;
}
