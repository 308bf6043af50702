/* TRUTH: race-free. The loader writes cfg.width/cfg.height and then sets 'loaded' under mutex m; main polls 'loaded' under m until it is set and only then starts the reader: loader's writes -> unlock/lock of m -> main -> pthread_create -> reader's reads of cfg. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int loaded;
static struct { int width, height; } cfg;

static void *loader(void *arg)
{
    (void)arg;
    cfg.width = 640;
    cfg.height = 480;
    pthread_mutex_lock(&m);
    loaded = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    printf("%dx%d\n", cfg.width, cfg.height);
    return NULL;
}

static void wait_loaded(void)
{
    for (;;) {
        pthread_mutex_lock(&m);
        int done = loaded;
        pthread_mutex_unlock(&m);
        if (done)
            return;
        sched_yield();
    }
}

int main(void)
{
    pthread_t l, r;
    pthread_create(&l, NULL, loader, NULL);
    wait_loaded();
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(r, NULL);
    pthread_join(l, NULL);
    return 0;
}
