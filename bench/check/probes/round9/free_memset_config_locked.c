/* TRUTH: free. Both main's memset of cfg and the worker's read of cfg.retries are done while holding cfg_lock. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct config {
    int retries;
    int timeout;
    char name[16];
};

static pthread_mutex_t cfg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct config cfg = { 3, 30, "svc" };
static int used;

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&cfg_lock);
    used = cfg.retries;
    pthread_mutex_unlock(&cfg_lock);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&cfg_lock);
    memset(&cfg, 0, sizeof cfg);
    pthread_mutex_unlock(&cfg_lock);
    pthread_join(t, NULL);
    pthread_mutex_lock(&cfg_lock);
    printf("%d\n", used);
    pthread_mutex_unlock(&cfg_lock);
    return 0;
}
