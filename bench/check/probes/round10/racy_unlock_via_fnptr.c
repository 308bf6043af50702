/* racy: the mutex is released through a function pointer (release hook) and
   the shared write happens after the release. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static int (*release_hook)(pthread_mutex_t *) = pthread_mutex_unlock;
static void *t(void *x) {
    (void)x;
    pthread_mutex_lock(&m);
    release_hook(&m);
    shared++;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
