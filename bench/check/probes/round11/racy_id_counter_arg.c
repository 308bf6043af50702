// racy: each worker draws its id from the counter passed as its argument; the two workers get different counters (c1, c2), so both draw id 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
atomic_int c1, c2;
int buf[4];
void *w(void *a) {
  atomic_int *ctr = a;
  int id = atomic_fetch_add(ctr, 1);
  if (id < 4) buf[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, &c1);
  pthread_create(&t2, 0, w, &c2);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
