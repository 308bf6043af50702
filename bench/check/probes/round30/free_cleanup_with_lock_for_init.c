/* TRUTH: race-free. WITH_LOCK holds the mutex for its body (the cleanup variable in the for init unlocks when the for ends); both counters are updated inside it. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long queued, served;

static void unlock_cleanup(pthread_mutex_t **pm)
{
    if (*pm)
        pthread_mutex_unlock(*pm);
}

static pthread_mutex_t *lock_ret(pthread_mutex_t *pm)
{
    pthread_mutex_lock(pm);
    return pm;
}

#define WITH_LOCK(pm) \
    for (pthread_mutex_t *_g __attribute__((cleanup(unlock_cleanup))) = lock_ret(pm), *_once = NULL; !_once; _once = _g)

static void *worker(void *arg)
{
    (void)arg;
    WITH_LOCK(&m) {
        queued++;
        served++;
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
    printf("%ld %ld\n", queued, served);
    return 0;
}
