/* TRUTH: racy. The barrier counts 2 but three parties call phase() (two threads and main); the first generation may be main and A, so A reads slot[1] while B is still writing it. */
#include <pthread.h>
pthread_barrier_t bar;
int slot[3];
static int phase(int me, int other) {
    slot[me] = me + 1;
    pthread_barrier_wait(&bar);
    return slot[other];
}
static void *ta(void *arg) { (void)arg; return (void *)(long)phase(0, 1); }
static void *tb(void *arg) { (void)arg; return (void *)(long)phase(1, 0); }
int main(void) {
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    phase(2, 2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
