/* racy: the lock wrapper is handed ("name", &m2), which is &m2; thread b holds m1, so
   the writes of total are under different mutexes. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int total;
static void lk(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void ul(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *ta(void *arg) {
    (void)arg;
    lk(("name", &m2));
    total += 1;
    ul(("name", &m2));
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    lk(&m1);
    total += 2;
    ul(&m1);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return total;
}
