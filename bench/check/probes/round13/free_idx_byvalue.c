/* race-free: each thread gets a distinct id by value and writes only data[id]; main reads after joining all */
#include <pthread.h>
#include <assert.h>
#define N 4
int data[N];
void *worker(void *arg) {
  long id = (long)arg;
  data[id] = (int)id * 10;
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
  assert(s == 60);
  return 0;
}
