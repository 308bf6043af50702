/* racy: threads 0,1 wait on barrier A and threads 2,3 on barrier B; thread 1 reads
   cur[2] after its barrier, but thread 2 may not have written it yet. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#define N 4
static pthread_barrier_t bar[2];
static int cur[N], nxt[N];

static void *step(void *arg) {
    intptr_t id = (intptr_t)arg;
    cur[id] = (int)id * 3;
    pthread_barrier_wait(&bar[id / 2]);
    nxt[id] = cur[(id + 1) % N] + cur[id];
    return NULL;
}

int main(void) {
    pthread_t t[N];
    pthread_barrier_init(&bar[0], NULL, 2);
    pthread_barrier_init(&bar[1], NULL, 2);
    for (intptr_t i = 0; i < N; i++)
        pthread_create(&t[i], NULL, step, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        printf("%d\n", nxt[i]);
    return 0;
}
