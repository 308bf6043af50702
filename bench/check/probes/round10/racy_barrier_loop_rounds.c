/* racy: thread a writes `config` before the barrier in each of two rounds;
   thread b reads it after the barrier in round 1, concurrently with a's
   round-2 write (which is also after the round-1 barrier). */
#include <pthread.h>
static pthread_barrier_t bar;
static int config;
static void *a(void *x) { (void)x; for (int r = 0; r < 2; r++) { config = r; pthread_barrier_wait(&bar); } return 0; }
static void *b(void *x) { (void)x; int s = 0; for (int r = 0; r < 2; r++) { pthread_barrier_wait(&bar); s += config; } return (void *)(long)s; }
int main(void) {
    pthread_barrier_init(&bar, 0, 2);
    pthread_t p, q;
    pthread_create(&p, 0, a, 0);
    pthread_create(&q, 0, b, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
