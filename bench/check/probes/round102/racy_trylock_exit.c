/* TRUTH: racy — the worker leaves only if its trylock fails; main does not hold busy, so the trylock succeeds and both threads write hits unlocked */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t busy = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void *worker(void *arg)
{
    (void)arg;
    if (pthread_mutex_trylock(&busy) != 0)
        pthread_exit(NULL);
    pthread_mutex_unlock(&busy);
    hits++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    hits++;
    pthread_join(t, NULL);
    printf("%d\n", hits);
    return 0;
}
