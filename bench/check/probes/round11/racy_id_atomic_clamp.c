// racy: ids from atomic_fetch_add are unique, but the index actually used is changed (int id = atomic_fetch_add(&next, 1); if (id >= 4) id = 3; buf[id] = 1;) so two of the 6 workers can write the same buf element.
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
int buf[16];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1); if (id >= 4) id = 3; buf[id] = 1;
  return 0;
}
int main(void) {
  pthread_t th[6];
  for (int i = 0; i < 6; i++) pthread_create(&th[i], 0, w, 0);
  for (int i = 0; i < 6; i++) pthread_join(th[i], 0);
  return buf[0];
}
