/* racy: the hook called through a function pointer locks AND unlocks the
   mutex it receives (net: not held); cnt++ after the call is unprotected. */
#include <pthread.h>
static void touch(pthread_mutex_t *l) { pthread_mutex_lock(l); pthread_mutex_unlock(l); }
static void (*hook)(pthread_mutex_t *) = touch;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *t(void *x) { (void)x; hook(&m); cnt++; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
