/* TRUTH: racy — worker publishes &tl (its own TLS) to global slot; main writes through slot while worker also writes tl, worker waits for main via no sync */
#include <pthread.h>
#include <stdatomic.h>
__thread int tl;
int *_Atomic slot;
void *w(void *a) { atomic_store(&slot, &tl); for (int i = 0; i < 1000; i++) tl++; return 0; }
int main(void) {
  pthread_t t;
  int *p;
  pthread_create(&t, 0, w, 0);
  while (!(p = atomic_load(&slot))) ;
  *p = 42;
  pthread_join(t, 0);
  return 0;
}
