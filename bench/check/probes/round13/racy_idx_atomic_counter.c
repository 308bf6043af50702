/* racy: id taken by separate atomic load and store (not one RMW), two threads can get the same id and both write slot[id] */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#define N 4
atomic_int next_id;
int slot[N];
void *worker(void *arg) {
  (void)arg;
  int id = atomic_load(&next_id); atomic_store(&next_id, id + 1);
  if (id < N)
    slot[id] = id + 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += slot[i];
  return s;
}
