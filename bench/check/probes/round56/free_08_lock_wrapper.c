/* TRUTH: free — lock_stats()/unlock_stats() wrap the same mutex; all updates to stats fields happen between them; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct stats { long sent; long dropped; };
static struct stats stats;
static pthread_mutex_t stats_mu = PTHREAD_MUTEX_INITIALIZER;

static void lock_stats(void)   { pthread_mutex_lock(&stats_mu); }
static void unlock_stats(void) { pthread_mutex_unlock(&stats_mu); }

static void *sender(void *arg)
{
    int drop_every = (int)(long)arg;
    for (int i = 1; i <= 100; i++) {
        lock_stats();
        if (i % drop_every == 0)
            stats.dropped++;
        else
            stats.sent++;
        unlock_stats();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sender, (void *)3L);
    pthread_create(&b, NULL, sender, (void *)7L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", stats.sent, stats.dropped);
    return 0;
}
