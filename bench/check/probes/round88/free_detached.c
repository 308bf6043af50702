/* Race-free: a detached loader thread fills 'loaded' and sets 'ready' under m and signals;
   main waits for ready in a while loop under m before reading 'loaded'. */
#include <pthread.h>
#include <stdio.h>

static int loaded[32];
static int ready;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;

static void *loader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 32; i++)
        loaded[i] = i * 3;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_attr_t a;
    int s = 0;
    pthread_attr_init(&a);
    pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &a, loader, NULL);
    pthread_attr_destroy(&a);

    pthread_mutex_lock(&m);
    while (!ready)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);

    for (int i = 0; i < 32; i++)
        s += loaded[i];
    printf("%d\n", s);
    return 0;
}
