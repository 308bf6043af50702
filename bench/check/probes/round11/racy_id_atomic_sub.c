// racy: ids from atomic_fetch_add, but a resetter thread subtracts 1 from the counter, so two workers can get the same id.
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int next;
int buf[N + 2];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id >= 0 && id < N + 2) buf[id] = id + 1;
  return 0;
}
void *resetter(void *a) {
  atomic_fetch_sub(&next, 1);
  return 0;
}
int main(void) {
  pthread_t th[N], r;
  atomic_store(&next, 1);
  pthread_create(&r, 0, resetter, 0);
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  pthread_join(r, 0);
  return buf[1];
}
