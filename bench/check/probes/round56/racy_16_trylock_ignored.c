/* TRUTH: racy — workers call pthread_mutex_trylock and ignore failure, then update `stat` and unlock only if they got it; when trylock fails the update is unprotected; worker vs worker. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int stat;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        int got = pthread_mutex_trylock(&m) == 0;
        stat += 1;
        if (got)
            pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", stat);
    return 0;
}
