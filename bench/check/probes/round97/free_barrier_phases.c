/* FREE: phase 1 each thread writes a[id]; pthread_barrier_wait; phase 2 each
   thread reads its neighbour a[(id+1)%N] and writes its own b[id]. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int a[N], b[N];
static pthread_barrier_t bar;
static void *worker(void *arg) {
    long id = (long)arg;
    a[id] = (int)id * 7;
    pthread_barrier_wait(&bar);
    b[id] = a[id] + a[(id + 1) % N];
    return NULL;
}
int main(void) {
    pthread_t t[N];
    pthread_barrier_init(&bar, NULL, N);
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    for (int i = 0; i < N; i++) printf("%d\n", b[i]);
    return 0;
}
