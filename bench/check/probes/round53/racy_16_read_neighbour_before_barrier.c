/* TRUTH: racy — thread reads neighbour's slot before the barrier, while the neighbour may still be writing it */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_16_read_neighbour_before_barrier.c", 5, "reach_error"); }
#define N 3
int slot[N];
int seen[N];
pthread_barrier_t bar;

void *phase(void *arg) {
  int id = (int)(intptr_t)arg;
  slot[id] = id + 1;
  seen[id] = slot[(id + 1) % N];
  pthread_barrier_wait(&bar);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&bar, NULL, N);
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, phase, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (seen[0] != 2 && seen[0] != 0) reach_error();
  return 0;
}
