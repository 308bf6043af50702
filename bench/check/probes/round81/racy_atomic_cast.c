/* TRUTH: racy — main writes the _Atomic object through a plain int* cast (non-atomic access) while worker atomically increments */
#include <pthread.h>
#include <stdatomic.h>
atomic_int cnt;
void *w(void *a) { atomic_fetch_add(&cnt, 1); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  *(int *)&cnt = 7;
  pthread_join(t, 0);
  return atomic_load(&cnt);
}
