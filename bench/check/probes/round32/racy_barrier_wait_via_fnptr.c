/* TRUTH: racy. The barrier counts 2 but three threads wait on it (one through a function pointer); the first generation may be A and C, so A reads slot[1] while B is still writing it. */
#include <pthread.h>
pthread_barrier_t bar;
int slot[2];
int (*bwait)(pthread_barrier_t *) = pthread_barrier_wait;
static void *ta(void *arg) {
    (void)arg;
    slot[0] = 1;
    pthread_barrier_wait(&bar);
    return (void *)(long)slot[1];
}
static void *tb(void *arg) {
    (void)arg;
    slot[1] = 2;
    pthread_barrier_wait(&bar);
    return (void *)(long)slot[0];
}
static void *tc(void *arg) {
    (void)arg;
    bwait(&bar);
    return NULL;
}
int main(void) {
    pthread_t a, b, c;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, ta, NULL);
    pthread_create(&b, NULL, tb, NULL);
    pthread_create(&c, NULL, tc, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    return 0;
}
