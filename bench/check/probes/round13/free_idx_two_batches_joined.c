/* race-free: the first batch is joined before the second batch (same ids) is created */
#include <pthread.h>
#include <assert.h>
#define N 3
int data[N];
void *worker(void *arg) { long id = (long)arg; data[id] += 1; return NULL; }
int main(void) {
  pthread_t t[2 * N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (long i = 0; i < N; i++) pthread_create(&t[N + i], NULL, worker, (void *)i);
  for (int i = N; i < 2 * N; i++) pthread_join(t[i], NULL);
  assert(data[0] == 2);
  return 0;
}
