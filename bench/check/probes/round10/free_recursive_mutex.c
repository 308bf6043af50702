/* free: recursive mutex locked twice (nested helper) and unlocked twice. */
#include <pthread.h>
static pthread_mutex_t rm;
static int depth_total;
static void inner(void) { pthread_mutex_lock(&rm); depth_total++; pthread_mutex_unlock(&rm); }
static void *t(void *x) { (void)x; pthread_mutex_lock(&rm); depth_total++; inner(); depth_total++; pthread_mutex_unlock(&rm); return 0; }
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
