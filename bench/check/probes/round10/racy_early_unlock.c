/* racy: the lock is released before the second write of the critical
   section. */
#include <pthread.h>
static int a_, b_;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *x) {
    (void)x;
    pthread_mutex_lock(&m);
    a_++;
    pthread_mutex_unlock(&m);
    b_++;
    return 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return a_ + b_;
}
