/* free: gcfg.m is set to &m2 through a pointer to gcfg before the threads start; both
   workers then lock m2 around x++. */
#include <pthread.h>
struct cfg { pthread_mutex_t *m; };
static pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
static struct cfg gcfg = { &m1 };
static int x;
static void *wa(void *a) { (void)a; pthread_mutex_lock(gcfg.m); x++; pthread_mutex_unlock(gcfg.m); return 0; }
static void *wb(void *a) { (void)a; pthread_mutex_lock(&m2); x++; pthread_mutex_unlock(&m2); return 0; }
static void retarget(struct cfg *c) { c->m = &m2; }
int main(void) {
    retarget(&gcfg);
    pthread_t a, b;
    pthread_create(&a, 0, wa, 0);
    pthread_create(&b, 0, wb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x;
}
