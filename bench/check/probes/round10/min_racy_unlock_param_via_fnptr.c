/* racy: the mutex is released inside rel(l), which is called through a
   function pointer with the mutex passed as an argument; cnt++ then runs
   with no lock held in both threads. */
#include <pthread.h>
static void rel(pthread_mutex_t *l) { pthread_mutex_unlock(l); }
static void (*relp)(pthread_mutex_t *) = rel;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int cnt;
static void *t(void *x) { (void)x; pthread_mutex_lock(&m); relp(&m); cnt++; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return cnt;
}
