/* racy: the lock is chosen by a per-thread flag: thread 0 uses m1, thread 1
   uses m2, both protecting the same `shared`. */
#include <pthread.h>
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *t(void *x) {
    pthread_mutex_t *l = x ? &m1 : &m2;
    pthread_mutex_lock(l);
    shared++;
    pthread_mutex_unlock(l);
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, (void *)1L);
    pthread_create(&q, 0, t, (void *)0L);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return shared;
}
