/* free: thread A writes `config` before the barrier, thread B reads it after
   the barrier (barrier count 2). */
#include <pthread.h>
static pthread_barrier_t bar;
static int config;
static void *a(void *x) { (void)x; config = 3; pthread_barrier_wait(&bar); return 0; }
static void *b(void *x) { (void)x; pthread_barrier_wait(&bar); return (void *)(long)config; }
int main(void) {
    pthread_barrier_init(&bar, 0, 2);
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
