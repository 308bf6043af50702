/* TRUTH: free — every access to stats is under m; the lock result is kept in a plain local and checked (a default mutex never fails here) */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long stats;

static void *worker(void *arg)
{
    (void)arg;
    for (int k = 0; k < 100; k++) {
        int rc = pthread_mutex_lock(&m);
        if (rc != 0)
            return NULL;
        stats++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    int rc = pthread_mutex_lock(&m);
    if (rc == 0) {
        stats += 1000;
        pthread_mutex_unlock(&m);
    }
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", stats);
    return 0;
}
