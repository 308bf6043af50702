/* TRUTH: race-free. One barrier generation: worker writes x before its only wait, main reads after its only wait; the goto loop in worker after the wait touches only locals. */
#include <pthread.h>
pthread_barrier_t b;
int x;
void *worker(void *a) {
    int n = 0;
    x = 1;
    pthread_barrier_wait(&b);
L:
    if (++n < 3)
        goto L;
    return a;
}
int main(void) {
    pthread_t t;
    int r;
    pthread_barrier_init(&b, 0, 2);
    pthread_create(&t, 0, worker, 0);
    pthread_barrier_wait(&b);
    r = x;
    pthread_join(t, 0);
    return r;
}
