/* racy: the do-while retries only on EINTR, which timedlock never returns; on
   ETIMEDOUT (t2 holds m for a second) t1 leaves the loop without m and writes counter. */
#include <pthread.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *t1(void *a) {
    (void)a;
    struct timespec ts;
    int rc;
    do {
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec = 0;
        ts.tv_sec += 0;
    } while ((rc = pthread_mutex_timedlock(&m, &ts)) == EINTR);
    counter++;
    if (rc == 0) pthread_mutex_unlock(&m);
    return 0;
}
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m); counter++; sleep(1); pthread_mutex_unlock(&m); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&b, 0, t2, 0);
    pthread_create(&a, 0, t1, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
