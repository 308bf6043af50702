/* TRUTH: racy. main stores &a into locks[0] and &b into locks[1] before the threads start: n is updated under two different mutexes. */
#include <pthread.h>
static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *locks[2];
static int n;
static void *t0(void *p) { (void)p; pthread_mutex_lock(locks[0]); n++; pthread_mutex_unlock(locks[0]); return NULL; }
static void *t1(void *p) { (void)p; pthread_mutex_lock(locks[1]); n++; pthread_mutex_unlock(locks[1]); return NULL; }
int main(void)
{
    pthread_t x, y;
    locks[0] = &a; locks[1] = &b;
    pthread_create(&x, NULL, t0, NULL);
    pthread_create(&y, NULL, t1, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return 0;
}
