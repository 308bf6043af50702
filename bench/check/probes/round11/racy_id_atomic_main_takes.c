// racy: main reads the counter with atomic_load (not fetch_add) and writes buf[that id], which a worker may also take via fetch_add.
#include <pthread.h>
#include <stdatomic.h>
atomic_int next;
int buf[4];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id < 4) buf[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  pthread_create(&t1, 0, w, 0);
  int mine = atomic_load(&next);
  if (mine < 4) buf[mine] = 9;
  pthread_join(t1, 0);
  return buf[0];
}
