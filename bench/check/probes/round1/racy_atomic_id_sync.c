/* TRUTH: racy. __sync_fetch_and_add gives distinct ids, but each thread writes its
   neighbour's slot too (slot[id+1]), which the next thread writes as its own. */
#include <pthread.h>
#define N 3
int next_id;
int slot[N + 1];
void *worker(void *arg) {
  int id = __sync_fetch_and_add(&next_id, 1);
  slot[id] = 1;
  slot[id + 1] = 0;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return slot[0];
}
