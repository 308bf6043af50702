/* TRUTH: racy. Thread ids are i/2, so threads 0 and 1 both get id 0 and write data[0]. */
#include <pthread.h>
#include <stdint.h>
#define N 4
int data[N];
void *worker(void *arg) { intptr_t id = (intptr_t)arg; data[id] += 1; return NULL; }
int main(void) {
  pthread_t t[N];
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(i / 2));
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return data[0];
}
