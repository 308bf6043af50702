/* TRUTH: racy. ids come from atomic_fetch_add, but the first thread to run resets the
   counter, so a later thread can get id 0 again and write slot[0] concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int next_id;
int slot[N];
void *worker(void *arg) {
  int id = atomic_fetch_add(&next_id, 1);
  if (id == 0) atomic_store(&next_id, 0);
  slot[id] = 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return slot[0];
}
