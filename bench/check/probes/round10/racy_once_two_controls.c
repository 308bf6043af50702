/* racy: the two threads use DIFFERENT pthread_once_t controls for the same
   init routine, so it can run twice concurrently, writing `config`. */
#include <pthread.h>
static pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static int config;
static void init_cfg(void) { config++; }
static void *a(void *x) { (void)x; pthread_once(&once_a, init_cfg); return 0; }
static void *b(void *x) { (void)x; pthread_once(&once_b, init_cfg); return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return config;
}
