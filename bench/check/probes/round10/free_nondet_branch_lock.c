/* free: both branches of the nondeterministic choice take the lock. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int x;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *t(void *a) {
    (void)a;
    if (__VERIFIER_nondet_int()) {
        pthread_mutex_lock(&m);
        x = 1;
        pthread_mutex_unlock(&m);
    } else {
        pthread_mutex_lock(&m);
        x = 2;
        pthread_mutex_unlock(&m);
    }
    return 0;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    pthread_mutex_lock(&m);
    x = 3;
    pthread_mutex_unlock(&m);
    pthread_join(th, 0);
    return 0;
}
