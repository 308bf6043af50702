// racy: counters[k][0] per group; two groups (k=0,1) each draw id 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
atomic_int counters[2][1];
int buf[4];
void *w(void *a) {
  long k = (long)a;
  int id = atomic_fetch_add(&counters[k][0], 1);
  if (id < 4) buf[id] = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0L);
  pthread_create(&t2, 0, w, (void *)1L);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
