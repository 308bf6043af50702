/* free: macros wrap lock/unlock around the critical section. */
#include <pthread.h>
static pthread_mutex_t big = PTHREAD_MUTEX_INITIALIZER;
#define LOCK() pthread_mutex_lock(&big)
#define UNLOCK() pthread_mutex_unlock(&big)
#define WITH_LOCK(stmt) do { LOCK(); stmt; UNLOCK(); } while (0)
static int a_, b_;
static void *t(void *x) { (void)x; WITH_LOCK(a_++); LOCK(); b_ += a_; UNLOCK(); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return a_ + b_;
}
