/* TRUTH: race-free. Barrier of 2, each of two threads waits once: each writes its own cell before the wait and reads the other's after it. */
#include <pthread.h>
pthread_barrier_t bar;
int cell[2];
static void *worker(void *arg) {
    long me = (long)arg;
    cell[me] = (int)me + 1;
    pthread_barrier_wait(&bar);
    return (void *)(long)cell[1 - me];
}
int main(void) {
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, worker, (void *)0);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
