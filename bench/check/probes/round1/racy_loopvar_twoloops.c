/* TRUTH: racy. Two create loops both hand out ids 0..N-1, so two live threads share
   each id and write the same data[id]. */
#include <pthread.h>
#include <stdint.h>
#define N 2
int data[N];
void *worker(void *arg) { intptr_t id = (intptr_t)arg; data[id] += 1; return NULL; }
int main(void) {
  pthread_t t[2 * N];
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[N + i], NULL, worker, (void *)i);
  for (int i = 0; i < 2 * N; i++) pthread_join(t[i], NULL);
  return data[0];
}
