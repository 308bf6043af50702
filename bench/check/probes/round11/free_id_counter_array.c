// free: ids drawn from counters[k], but both threads use k=0 (the same counter), so ids are unique and buf writes are disjoint.
#include <pthread.h>
#include <stdatomic.h>
atomic_int counters[2];
int buf[4];
void *w(void *a) {
  long k = (long)a;
  int id = atomic_fetch_add(&counters[k], 1);
  if (id < 4) buf[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0L);
  pthread_create(&t2, 0, w, (void *)0L);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return buf[0];
}
