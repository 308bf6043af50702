/* racy: the once-routine is run once, but the threads also increment
   `calls` outside of it, unprotected. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config, calls;
static void init_cfg(void) { config = 3; }
static void *a(void *x) { (void)x; pthread_once(&once, init_cfg); calls++; return (void *)(long)config; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, a, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return calls;
}
