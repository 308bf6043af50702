/* TRUTH: racy. The reader memcpys the shared stats struct without the lock while the updater modifies stats.count under the lock. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct stats {
    long count;
    long bytes;
};

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct stats stats;

static void *updater(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(&m);
        stats.count++;
        stats.bytes += 64;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

static void *reporter(void *arg)
{
    struct stats *out = arg;
    memcpy(out, &stats, sizeof *out);
    return NULL;
}

int main(void)
{
    pthread_t u, r;
    struct stats snap;
    pthread_create(&u, NULL, updater, NULL);
    pthread_create(&r, NULL, reporter, &snap);
    pthread_join(u, NULL);
    pthread_join(r, NULL);
    printf("%ld %ld\n", snap.count, snap.bytes);
    return 0;
}
