/* racy: thread b reads the configuration without calling pthread_once,
   while thread a may be running the init routine. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config;
static void init_cfg(void) { config = 3; }
static void *a(void *x) { (void)x; pthread_once(&once, init_cfg); return (void *)(long)config; }
static void *b(void *x) { (void)x; return (void *)(long)config; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
