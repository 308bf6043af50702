/* racy: two create loops each hand out ids 0..N-1 before any join, so id 0 is used by two live threads */
#include <pthread.h>
#define N 3
int data[N];
void *worker(void *arg) { long id = (long)arg; data[id] += 1; return NULL; }
int main(void) {
  pthread_t t[2 * N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (long i = 0; i < N; i++) pthread_create(&t[N + i], NULL, worker, (void *)i);
  for (int i = 0; i < 2 * N; i++) pthread_join(t[i], NULL);
  return data[0];
}
