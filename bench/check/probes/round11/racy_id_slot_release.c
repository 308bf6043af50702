// racy: slot allocator takes id = fetch_add and "returns" it with fetch_sub when done; with 3 workers A(0),B(1), A returns -> C gets 1 while B still writes slot[1].
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int in_use;
int slot[N];
void *w(void *a) {
  int id = atomic_fetch_add(&in_use, 1);
  if (id < N) slot[id] += 1;
  atomic_fetch_sub(&in_use, 1);
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return slot[0];
}
