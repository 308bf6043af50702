/* TRUTH: race-free. The loader writes 'version' and then sets 'loaded' under m; main waits in "while (!loaded) { unlock; yield; lock; }" under m and only afterwards starts the reader, which reads version: ordered through m and pthread_create. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int loaded;
static int version;

static void *loader(void *arg)
{
    (void)arg;
    version = 7;
    pthread_mutex_lock(&m);
    loaded = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    printf("%d\n", version);
    return NULL;
}

int main(void)
{
    pthread_t l, r;
    pthread_create(&l, NULL, loader, NULL);
    pthread_mutex_lock(&m);
    while (!loaded) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(r, NULL);
    pthread_join(l, NULL);
    return 0;
}
