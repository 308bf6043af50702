/* racy: pthread_mutex_timedlock's failure (timeout) is ignored; the write
   happens even without the lock. */
#include <pthread.h>
#include <time.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *t(void *x) {
    (void)x;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int rc = pthread_mutex_timedlock(&m, &ts);
    shared++;
    if (rc == 0) pthread_mutex_unlock(&m);
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
