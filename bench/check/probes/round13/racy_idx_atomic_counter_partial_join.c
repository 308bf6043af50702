/* racy: slots are claimed by fetch_add, but main joins only the first two threads before summing all slots */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int next_id;
int slot[N];
void *worker(void *arg) { (void)arg; int id = atomic_fetch_add(&next_id, 1); if (id < N) slot[id] = id + 1; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  pthread_join(t[0], NULL);
  pthread_join(t[1], NULL);
  int s = slot[0] + slot[1] + slot[2];
  pthread_join(t[2], NULL);
  return s;
}
