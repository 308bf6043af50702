/* TRUTH: racy. The id is taken with a separate atomic load and store (not one RMW), so
   two threads can both get id 0 and write slot[0] concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int next_id;
int slot[N + 8];
void *worker(void *arg) {
  int id = atomic_load(&next_id);
  atomic_store(&next_id, id + 1);
  slot[id] = id + 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return slot[0];
}
