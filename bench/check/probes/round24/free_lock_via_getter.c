/* TRUTH: race-free. get_lock() always returns &m (the only mutex), so both threads' count++ run under the same mutex; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long count;

static pthread_mutex_t *get_lock(void)
{
    return &m;
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        pthread_mutex_lock(get_lock());
        count++;
        pthread_mutex_unlock(get_lock());
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
    printf("%ld\n", count);
    return 0;
}
