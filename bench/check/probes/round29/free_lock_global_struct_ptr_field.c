/* TRUTH: race-free. cfg.lock is set to &table_mutex by main before any thread starts and never changed; both threads lock *cfg.lock around hits. */
#include <pthread.h>
#include <stdio.h>

struct config {
    pthread_mutex_t *lock;
    int verbose;
};

static pthread_mutex_t table_mutex = PTHREAD_MUTEX_INITIALIZER;
static struct config cfg;
static long hits;

static void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(cfg.lock);
    hits++;
    pthread_mutex_unlock(cfg.lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    cfg.lock = &table_mutex;
    cfg.verbose = 1;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", hits);
    return 0;
}
