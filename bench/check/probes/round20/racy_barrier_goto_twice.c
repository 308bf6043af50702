/* TRUTH: racy. Barrier of 2 used for two generations via goto loops; worker's second x = 1 (after generation 1) races with main's x = 2 (after generation 1). */
#include <pthread.h>
pthread_barrier_t b;
int x;
void *worker(void *a) {
    int n = 0;
L:
    x = 1;
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
    if (n++ == 0) {
        x = 2;
        goto M;
    }
    pthread_join(t, 0);
    return 0;
}
