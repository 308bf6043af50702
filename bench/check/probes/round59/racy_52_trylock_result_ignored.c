/* TRUTH: racy — when pthread_mutex_trylock fails (the other thread holds the lock) the worker still writes pending; the failed-trylock write is unordered with the other thread's locked write. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
static int pending;

static void *worker(void *a)
{
    (void)a;
    for (int i = 0; i < 100; i++) {
        int got = pthread_mutex_trylock(&pm) == 0;
        pending++;
        if (got)
            pthread_mutex_unlock(&pm);
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
    printf("%d\n", pending);
    return 0;
}
