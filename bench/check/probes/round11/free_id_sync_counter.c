// free: ids from __sync_fetch_and_add are unique; each thread writes only slot[id].
#include <pthread.h>
#define N 4
int next;
int slot[N];
void *w(void *a) {
  int id = __sync_fetch_and_add(&next, 1);
  if (id < N) slot[id] = id * 2;
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return slot[3];
}
