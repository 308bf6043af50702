/* TRUTH: free — in phase 1 each thread writes only its own cell; after pthread_barrier_wait they read neighbours' cells, no further writes */
#include <pthread.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define NT 3

int cell[NT];
int sums[NT];
pthread_barrier_t bar;

void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  cell[id] = id + 1;
  pthread_barrier_wait(&bar);
  sums[id] = cell[(id + 1) % NT] + cell[(id + 2) % NT];
  return 0;
}

int main(void) {
  pthread_t t[NT];
  int i;
  pthread_barrier_init(&bar, 0, NT);
  for (i = 0; i < NT; i++) pthread_create(&t[i], 0, worker, (void *)(intptr_t)i);
  for (i = 0; i < NT; i++) pthread_join(t[i], 0);
  if (sums[0] != 5) reach_error();
  pthread_barrier_destroy(&bar);
  return 0;
}
