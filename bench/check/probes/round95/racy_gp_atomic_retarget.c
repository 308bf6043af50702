/* racy: mp starts as &m1 but main retargets it to &m2 with __atomic_store_n before the
   threads start; t1 locks *mp (m2), t2 locks m1, both update counter. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *mp = &m1;
static int counter;
static void *t1(void *a) { (void)a; pthread_mutex_lock(mp); counter++; pthread_mutex_unlock(mp); return 0; }
static void *t2(void *a) { (void)a; pthread_mutex_lock(&m1); counter++; pthread_mutex_unlock(&m1); return 0; }
int main(void) {
    pthread_t a, b;
    __atomic_store_n(&mp, &m2, __ATOMIC_SEQ_CST);
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return counter;
}
