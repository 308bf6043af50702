/* TRUTH: racy. Each thread writes w[id].result and reads its neighbour's w[(id+1)%N]
   .result, which the neighbour writes concurrently. */
#include <pthread.h>
#include <stdint.h>
#define N 4
struct work { int result; int seen; } w[N];
void *worker(void *arg) { int id = (int)(intptr_t)arg; w[id].result = id * id; w[id].seen = w[(id + 1) % N].result; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return w[1].seen;
}
