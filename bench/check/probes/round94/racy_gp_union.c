/* racy: U.mp starts as &m1, main writes &m2 through the union's other member U.raw before
   the threads; t1 locks *U.mp (m2), t2 locks m1: counter has no common lock. */
#include <pthread.h>
#include <stdint.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static union { pthread_mutex_t *mp; uintptr_t raw; } U = { &m1 };
static int counter;
static void *t1(void *a) { (void)a; pthread_mutex_lock(U.mp); counter++; pthread_mutex_unlock(U.mp); return 0; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
int main(void) {
    pthread_t a, b;
    U.raw = (uintptr_t)&m2;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
