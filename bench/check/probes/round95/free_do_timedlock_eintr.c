/* free: the do-while retries until timedlock succeeds (rc != 0), so t1 holds m at counter++. */
#include <pthread.h>
#include <errno.h>
#include <time.h>
#include <unistd.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *t1(void *a) {
    (void)a;
    struct timespec ts;
    do {
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_sec += 1;
    } while (pthread_mutex_timedlock(&m, &ts) != 0);
    counter++;
    pthread_mutex_unlock(&m);
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
