/* TRUTH: racy. ids come from atomic_fetch_add but are reduced mod 2, so threads 0 and 2
   both write slot[0] without synchronization. */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int next_id;
int slot[2];
void *worker(void *arg) {
  int id = atomic_fetch_add(&next_id, 1) % 2;
  slot[id] = id + 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return slot[0];
}
