/* racy: the do-while retries trylock on m1 but t2 protects counter with m2; the two
   writes have no common lock. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void *t1(void *a) {
    (void)a;
    do { } while (pthread_mutex_trylock(&m1) != 0);
    counter++;
    pthread_mutex_unlock(&m1);
    return 0;
}
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m2); counter++; pthread_mutex_unlock(&m2); return 0; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
