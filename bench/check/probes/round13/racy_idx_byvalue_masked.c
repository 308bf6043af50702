/* racy: the value passed is i & 1, so threads 0 and 2 both get id 0 and write data[0] */
#include <pthread.h>
#define N 4
int data[N];
void *worker(void *arg) { long id = (long)arg; data[id] = 5; return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(i & 1));
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return data[0];
}
