/* racy: unique ticket from fetch_add, but slot index is ticket % 2 so threads 0 and 2 share slot[0] */
#include <pthread.h>
#include <stdatomic.h>
#define N 4
atomic_int next_id;
int slot[N];
void *worker(void *arg) {
  (void)arg;
  int id = atomic_fetch_add(&next_id, 1) % 2;
  slot[id] += 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return slot[0];
}
