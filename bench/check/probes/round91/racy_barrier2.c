/* racy: the neighbour's cur[] is read BEFORE the barrier, concurrently with the
   neighbour's phase-1 write. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static pthread_barrier_t bar;
static int cur[N], nxt[N];

static void *step(void *arg) {
    intptr_t id = (intptr_t)arg;
    cur[id] = (int)id * 3;
    int v = cur[(id + 1) % N];
    pthread_barrier_wait(&bar);
    nxt[id] = v + cur[id];
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
