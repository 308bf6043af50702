/* free: a spinlock built with __sync_lock_test_and_set (acquire) and
   __sync_lock_release (release) protects `data`. */
#include <pthread.h>
static volatile int lk;
static int data;
static void spin_lock(void) { while (__sync_lock_test_and_set(&lk, 1)) ; }
static void spin_unlock(void) { __sync_lock_release(&lk); }
static void *t(void *x) { (void)x; for (int i = 0; i < 10; i++) { spin_lock(); data++; spin_unlock(); } return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return data;
}
