/* TRUTH: racy. Barrier of 2, two generations: worker loops by goto, main waits twice in straight-line code; worker's pass-2 write of x races with main's read between its waits. */
#include <pthread.h>
pthread_barrier_t b;
int x;
void *worker(void *a) {
    int n = 0;
L:
    x = n;
    pthread_barrier_wait(&b);
    if (++n < 2)
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
    pthread_barrier_wait(&b);
    pthread_join(t, 0);
    return r;
}
