/* TRUTH: racy. finish() unlocks m, so the worker's subsequent write to state happens without the lock, racing with main's locked write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int state;

static void finish(pthread_mutex_t *l, int *st)
{
    *st += 1;
    pthread_mutex_unlock(l);
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    finish(&m, &state);
    state += 2;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    state = 100;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", state);
    return 0;
}
