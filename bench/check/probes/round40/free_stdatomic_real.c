/* TRUTH: free — g is _Atomic int, accessed only by atomic_store/atomic_load from <stdatomic.h>. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int g;
void *w(void *x) { atomic_store(&g, 1); return 0; }
void *rd(void *x) { int v = atomic_load(&g); (void)v; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, rd, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
