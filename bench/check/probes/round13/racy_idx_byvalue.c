/* racy: ids 0..3 are folded with id % 2, so threads 0 and 2 both write data[0] unordered */
#include <pthread.h>
#include <assert.h>
#define N 4
int data[N];
void *worker(void *arg) {
  long id = (long)arg;
  data[id % 2] = (int)id * 10;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += data[i];
  return s;
}
