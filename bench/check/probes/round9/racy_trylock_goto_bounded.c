/* TRUTH: racy. After three failed trylock attempts the worker gives up and increments x anyway without the lock. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        int attempts = 0, rc;
retry:
        rc = pthread_mutex_trylock(&m);
        if (rc != 0 && ++attempts < 3)
            goto retry;
        x++;
        if (rc == 0)
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
    printf("%d\n", x);
    return 0;
}
