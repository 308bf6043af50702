/* TRUTH: free — phase 1 writes own slot, barrier, phase 2 only reads neighbour's slot; no writes after barrier */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_09_barrier_phases.c", 5, "reach_error"); }
#define N 4
int slot[N];
int seen[N];
pthread_barrier_t bar;

void *phase(void *arg) {
  long id = (long)(intptr_t)arg;
  slot[id] = (int)id + 100;
  pthread_barrier_wait(&bar);
  seen[id] = slot[(id + 1) % N];
  return NULL;
}

int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&bar, NULL, N);
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], NULL, phase, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++)
    if (seen[i] != (i + 1) % N + 100) reach_error();
  pthread_barrier_destroy(&bar);
  return 0;
}
