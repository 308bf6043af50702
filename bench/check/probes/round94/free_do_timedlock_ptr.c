/* free: the do-while retries timedlock on *mp, which stays &m1 (the conditional keeps it);
   both threads update counter under m1. */
#include <pthread.h>
#include <time.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *t1(void *a) {
    (void)a;
    struct timespec ts = { 0, 0 };
    pthread_mutex_t *mp = &m1;
    do {
        mp = mp == &m1 ? &m1 : &m2;
        clock_gettime(CLOCK_REALTIME, &ts);
    } while (pthread_mutex_timedlock(mp, &ts) != 0);
    counter++;
    pthread_mutex_unlock(mp);
    return 0;
}
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
