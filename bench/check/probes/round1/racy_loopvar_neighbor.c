/* TRUTH: racy. Each thread writes data[id] and data[id+1]; thread id+1 writes
   data[id+1] as its own element. */
#include <pthread.h>
#include <stdint.h>
#define N 4
int data[N + 1];
void *worker(void *arg) { intptr_t id = (intptr_t)arg; data[id] = 1; data[id + 1] = 2; return NULL; }
int main(void) {
  pthread_t t[N];
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return data[1];
}
