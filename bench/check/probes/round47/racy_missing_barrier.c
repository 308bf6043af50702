/* TRUTH: racy — phase 2 reads the neighbour's cell which the neighbour writes in phase 1, but there is no barrier between the phases */
#include <pthread.h>
#include <stdint.h>
#define NT 3
int cell[NT];
int sums[NT];
void *w(void *arg) {
  int id = (int)(intptr_t)arg;
  cell[id] = id + 1;
  /* missing barrier */
  sums[id] = cell[(id + 1) % NT];
  return 0;
}
int main(void) {
  pthread_t t[NT];
  int i;
  for (i = 0; i < NT; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (i = 0; i < NT; i++) pthread_join(t[i], 0);
  return sums[0];
}
