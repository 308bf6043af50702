// racy: main clears the counter with memset after the first worker started; the second worker can get id 0 too (and memset races with fetch_add).
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
atomic_int next;
int buf[4];
void *w(void *a) {
  int id = atomic_fetch_add(&next, 1);
  if (id < 4) buf[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  memset(&next, 0, sizeof next);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
