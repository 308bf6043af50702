/* TRUTH: free — user functions atomic_set/atomic_get are code, but their bodies use __atomic_store_n/__atomic_load_n: all accesses to g are atomic. */
#include <pthread.h>
int g;
static void atomic_set(int *p, int v) { __atomic_store_n(p, v, __ATOMIC_SEQ_CST); }
static int atomic_get(int *p) { return __atomic_load_n(p, __ATOMIC_SEQ_CST); }
int r;
void *w(void *x) { atomic_set(&g, 1); return 0; }
void *rd(void *x) { int v = atomic_get(&g); (void)v; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, rd, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
