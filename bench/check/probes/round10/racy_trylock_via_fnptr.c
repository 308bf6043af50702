/* racy: the "acquire" hook, called through a function pointer with the mutex
   as argument, only TRIES the lock; its failure is ignored, so cnt++ can run
   without the lock (and the unlock of an unowned mutex is also a bug). */
#include <pthread.h>
static int tryacq(pthread_mutex_t *l) { return pthread_mutex_trylock(l); }
static int (*acqp)(pthread_mutex_t *) = tryacq;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *t(void *x) { (void)x; int rc = acqp(&m); cnt++; if (rc == 0) pthread_mutex_unlock(&m); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
