/* free: phase 1 each thread writes own cur[id]; pthread_barrier_wait; phase 2 each
   reads its neighbour's cur[] and writes own nxt[id]. The barrier orders the phases. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static pthread_barrier_t bar;
static int cur[N], nxt[N];

static void *step(void *arg) {
    intptr_t id = (intptr_t)arg;
    cur[id] = (int)id * 3;
    pthread_barrier_wait(&bar);
    nxt[id] = cur[(id + 1) % N] + cur[id];
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
        printf("%d\n", nxt[i]);
    return 0;
}
