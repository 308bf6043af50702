/* TRUTH: race-free. main waits for loader by a recursive poll of 'loaded' under m before starting user; loader's write of cfg happens before its unlock, which main's lock that saw loaded=1 follows, then create(user). */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int loaded;
static int cfg;

static void *loader(void *arg)
{
    (void)arg;
    cfg = 42;
    pthread_mutex_lock(&m);
    loaded = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *user(void *arg)
{
    (void)arg;
    cfg = cfg + 1;
    return NULL;
}

static void wait_loaded(void)
{
    pthread_mutex_lock(&m);
    int d = loaded;
    pthread_mutex_unlock(&m);
    if (!d) {
        sched_yield();
        wait_loaded();
    }
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    wait_loaded();
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", cfg);
    return 0;
}
