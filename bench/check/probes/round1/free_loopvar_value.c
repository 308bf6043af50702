/* TRUTH: free. The loop index is passed by value; each thread writes only data[id]. */
#include <pthread.h>
#include <stdint.h>
#define N 4
int data[N];
void *worker(void *arg) { intptr_t id = (intptr_t)arg; data[id] = (int)id; return NULL; }
int main(void) {
  pthread_t t[N];
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return data[N - 1];
}
