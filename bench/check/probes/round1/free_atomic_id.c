/* TRUTH: free. Each thread takes a unique id with atomic_fetch_add and writes slot[id]. */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int next_id;
int slot[N];
void *worker(void *arg) {
  int id = atomic_fetch_add(&next_id, 1);
  slot[id] = id + 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return slot[0];
}
