/* free: the exchange stores &m1 back into mp; both threads lock m1. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *mp = &m1;
static int counter;
static void *t1(void *a) { (void)a; pthread_mutex_lock(mp); counter++; pthread_mutex_unlock(mp); return 0; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_mutex_t *old = __sync_lock_test_and_set(&mp, &m1);
    (void)old;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
