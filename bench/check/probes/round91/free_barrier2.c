/* free: same as racy_barrier but with a second barrier between reading the
   neighbour's cur[] and overwriting one's own cur[id]. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static pthread_barrier_t bar;
static int cur[N];

static void *step(void *arg) {
    intptr_t id = (intptr_t)arg;
    cur[id] = (int)id * 3;
    pthread_barrier_wait(&bar);
    int v = cur[(id + 1) % N];
    pthread_barrier_wait(&bar);
    cur[id] = v + 1;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    pthread_barrier_init(&bar, NULL, N);
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, step, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    pthread_barrier_destroy(&bar);
    for (int i = 0; i < N; i++)
        printf("%d\n", cur[i]);
    return 0;
}
