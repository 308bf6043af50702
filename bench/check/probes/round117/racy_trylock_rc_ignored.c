/* TRUTH: racy — the worker bumps events whether or not its trylock succeeded; while main holds m the trylock fails and the write is unprotected */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long events;

static void *worker(void *arg)
{
    (void)arg;
    int rc = pthread_mutex_trylock(&m);
    events++;
    if (rc == 0)
        pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_mutex_lock(&m);
    pthread_create(&a, NULL, worker, NULL);
    usleep(10000);
    events++;
    pthread_mutex_unlock(&m);
    pthread_join(a, NULL);
    printf("%ld\n", events);
    return 0;
}
