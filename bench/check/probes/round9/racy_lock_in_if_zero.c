/* TRUTH: racy. The locking code is disabled by a constant-false USE_LOCKING condition, so both workers increment x without any lock. */
#include <pthread.h>
#include <stdio.h>

#define USE_LOCKING 0
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        if (USE_LOCKING)
            pthread_mutex_lock(&m);
        x++;
        if (USE_LOCKING)
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
