/* TRUTH: racy. The reporter copies the whole stats struct by assignment without the lock, reading stats.count while the updater writes it. */
#include <pthread.h>
#include <stdio.h>

struct stats {
    long count;
    long bytes;
};

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct stats stats;
static struct stats snap;

static void *updater(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    stats.count++;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    snap = stats;
    return NULL;
}

int main(void)
{
    pthread_t u, r;
    pthread_create(&u, NULL, updater, NULL);
    pthread_create(&r, NULL, reporter, NULL);
    pthread_join(u, NULL);
    pthread_join(r, NULL);
    printf("%ld\n", snap.count);
    return 0;
}
