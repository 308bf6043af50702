/* TRUTH: racy. On odd iterations the worker takes the fast path and increments hits without the lock, conflicting with the other worker's increments. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long hits;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (i & 1) {
            hits++;
            continue;
        }
        pthread_mutex_lock(&m);
        hits++;
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
    printf("%ld\n", hits);
    return 0;
}
