/* TRUTH: race-free. Two barrier generations via goto loops; worker writes x only before its first wait, main reads x only after its last wait. */
#include <pthread.h>
pthread_barrier_t b;
int x;
void *worker(void *a) {
    int n = 0;
    x = 1;
L:
    pthread_barrier_wait(&b);
    if (++n < 2)
        goto L;
    return a;
}
int main(void) {
    pthread_t t;
    int n = 0;
    pthread_barrier_init(&b, 0, 2);
    pthread_create(&t, 0, worker, 0);
M:
    pthread_barrier_wait(&b);
    if (++n < 2)
        goto M;
    n = x;
    pthread_join(t, 0);
    return n;
}
