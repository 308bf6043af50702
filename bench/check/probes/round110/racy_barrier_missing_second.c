/* TRUTH: racy — no barrier after phase 2, so a fast thread's next cur[id] write races with a neighbour's phase-2 read */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#define N 4

pthread_barrier_t bar;
int cur[N], nxt[N];

static void *stencil(void *arg) {
  intptr_t id = (intptr_t)arg;
  for (int step = 0; step < 3; step++) {
    cur[id] = (int)id + step;
    pthread_barrier_wait(&bar);
    if (id % 2) usleep(500);
    nxt[id] = cur[(id + 1) % N] + cur[(id + N - 1) % N];
  }
  return NULL;
}

int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&bar, NULL, N);
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, stencil, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  pthread_barrier_destroy(&bar);
  printf("%d %d %d %d\n", nxt[0], nxt[1], nxt[2], nxt[3]);
  return 0;
}
