/* racy: run(f, l) calls f(l), and f is rel(), which unlocks l; so after
   run(rel, &m) the mutex is free and cnt++ is unprotected in both threads. */
#include <pthread.h>
static void rel(pthread_mutex_t *l) { pthread_mutex_unlock(l); }
static void run(void (*f)(pthread_mutex_t *), pthread_mutex_t *l) { f(l); }
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *t(void *x) { (void)x; pthread_mutex_lock(&m); run(rel, &m); cnt++; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
