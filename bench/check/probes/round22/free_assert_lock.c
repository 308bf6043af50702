/* TRUTH: race-free. NDEBUG is not defined, so assert(pthread_mutex_lock(&m) == 0) does take the lock (and aborts otherwise); `visits` is only touched between the asserted lock and unlock. */
#include <assert.h>
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int visits;

static void *worker(void *arg)
{
    (void)arg;
    assert(pthread_mutex_lock(&m) == 0);
    visits++;
    assert(pthread_mutex_unlock(&m) == 0);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", visits);
    return 0;
}
