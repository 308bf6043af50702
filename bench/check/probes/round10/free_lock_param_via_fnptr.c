/* free: the mutex is ACQUIRED inside acq(l), called through a function
   pointer with the mutex as argument, and released directly; cnt++ is always
   under m. */
#include <pthread.h>
static void acq(pthread_mutex_t *l) { pthread_mutex_lock(l); }
static void (*acqp)(pthread_mutex_t *) = acq;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *t(void *x) { (void)x; acqp(&m); cnt++; pthread_mutex_unlock(&m); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
