/* racy: recursive mutex locked twice; the inner helper unlocks, then the
   outer code unlocks, then writes once more after the outer unlock. */
#include <pthread.h>
static pthread_mutex_t rm;
static int depth_total;
static void inner(void) { pthread_mutex_lock(&rm); depth_total++; pthread_mutex_unlock(&rm); }
static void *t(void *x) { (void)x; pthread_mutex_lock(&rm); inner(); pthread_mutex_unlock(&rm); depth_total++; return 0; }
int main(void) {
    pthread_mutexattr_t at;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&rm, &at);
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return depth_total;
}
