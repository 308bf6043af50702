// racy: the counter is chosen by k ? &c1 : &c0; workers with k=0 and k=1 use different counters, both draw id 0 and write buf[0].
#include <pthread.h>
#include <stdatomic.h>
atomic_int c0, c1;
int buf[4];
void *w(void *a) {
  long k = (long)a;
  int id = atomic_fetch_add(k ? &c1 : &c0, 1);
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
