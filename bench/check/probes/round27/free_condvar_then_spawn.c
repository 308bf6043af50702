/* TRUTH: race-free. The loader writes 'mode' then sets 'loaded' and signals under m; main waits "while (!loaded) pthread_cond_wait" under m and starts the printer only afterwards: loader's write -> m -> main -> pthread_create -> printer's read. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int loaded;
static int mode;

static void *loader(void *arg)
{
    (void)arg;
    mode = 3;
    pthread_mutex_lock(&m);
    loaded = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *printer(void *arg)
{
    (void)arg;
    printf("%d\n", mode);
    return NULL;
}

int main(void)
{
    pthread_t l, p;
    pthread_create(&l, NULL, loader, NULL);
    pthread_mutex_lock(&m);
    while (!loaded)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    pthread_create(&p, NULL, printer, NULL);
    pthread_join(p, NULL);
    pthread_join(l, NULL);
    return 0;
}
