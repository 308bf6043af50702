/* free: locked_add() would replace a NULL lock by default_lock, but both callers pass
   &stats_lock, so 'hits' is always written under stats_lock. */
#include <pthread.h>
#include <stddef.h>
static pthread_mutex_t default_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;
static long hits;

static void locked_add(pthread_mutex_t *m, long *v, long d) {
    if (m == NULL)
        m = &default_lock;
    pthread_mutex_lock(m);
    *v += d;
    pthread_mutex_unlock(m);
}
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) locked_add(&stats_lock, &hits, 1);
    return NULL;
}
static void *resetter(void *arg) {
    (void)arg;
    for (int i = 0; i < 10; i++) locked_add(&stats_lock, &hits, -1);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, resetter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return (int)hits;
}
