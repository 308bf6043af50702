/* TRUTH: racy. The join loop skips i == 2 with `continue`; worker 2 may still write
   done[2] when main reads it. */
#include <pthread.h>
#include <stdint.h>
#define N 4
int done[N];
void *worker(void *arg) { done[(intptr_t)arg] = 1; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) { if (i == 2) continue; pthread_join(t[i], NULL); }
  return done[2];
}
