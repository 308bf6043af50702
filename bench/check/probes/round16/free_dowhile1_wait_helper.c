// race-free: worker waits in wait_for_config() until main has published the configuration under cfg_lock, then reads it.
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

struct config { int verbose; int threads; };
static struct config cfg;
static int cfg_ready;
static pthread_mutex_t cfg_lock = PTHREAD_MUTEX_INITIALIZER;

static void wait_for_config(void)
{
    do {
        pthread_mutex_lock(&cfg_lock);
        int r = cfg_ready;
        pthread_mutex_unlock(&cfg_lock);
        if (r)
            return;
        sched_yield();
    } while (1);
}

static void *worker(void *arg)
{
    wait_for_config();
    printf("verbose=%d threads=%d\n", cfg.verbose, cfg.threads);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    cfg.verbose = 1;
    cfg.threads = 4;
    pthread_mutex_lock(&cfg_lock);
    cfg_ready = 1;
    pthread_mutex_unlock(&cfg_lock);
    pthread_join(t, NULL);
    return 0;
}
