/* free: configuration initialized through pthread_once; every thread calls
   pthread_once before reading it. */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int config[4];
static void init_cfg(void) { for (int i = 0; i < 4; i++) config[i] = i * 3; }
static void *t(void *x) { (void)x; pthread_once(&once, init_cfg); return (void *)(long)config[2]; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, t, 0);
    pthread_create(&q, 0, t, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
