// race-free: the snapshot copy and the tuner's write both hold settings_lock.
#include <pthread.h>
#include <stdio.h>

struct settings { int rate; int depth; };
static struct settings live_settings = { 10, 2 };
static pthread_mutex_t settings_lock = PTHREAD_MUTEX_INITIALIZER;

static void *snapshot(void *arg)
{
    pthread_mutex_lock(&settings_lock);
    struct settings copy = live_settings;
    pthread_mutex_unlock(&settings_lock);
    printf("%d %d\n", copy.rate, copy.depth);
    return NULL;
}

static void *tuner(void *arg)
{
    pthread_mutex_lock(&settings_lock);
    live_settings.depth = 4;
    pthread_mutex_unlock(&settings_lock);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, snapshot, NULL);
    pthread_create(&b, NULL, tuner, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
