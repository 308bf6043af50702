/* racy: the thread takes the lock only when a nondeterministic input is
   nonzero; on the other branch it writes x unprotected while main writes x
   under the lock. */
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
        x = 2;
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
