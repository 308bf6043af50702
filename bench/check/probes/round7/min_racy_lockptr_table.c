/* TRUTH: racy. locks[0] points to a and locks[1] to b: the threads update n under two different mutexes. */
#include <pthread.h>
static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *locks[2] = { &a, &b };
static int n;
static void *t0(void *p) { (void)p; pthread_mutex_lock(locks[0]); n++; pthread_mutex_unlock(locks[0]); return NULL; }
static void *t1(void *p) { (void)p; pthread_mutex_lock(locks[1]); n++; pthread_mutex_unlock(locks[1]); return NULL; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, t0, NULL);
    pthread_create(&y, NULL, t1, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return 0;
}
