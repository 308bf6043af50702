/* TRUTH: racy — user atomic_set/atomic_get are plain code: *p = v (line 4) in w vs return *p (line 5) in rd race on g. */
#include <pthread.h>
int g;
static void atomic_set(int *p, int v) { *p = v; }
static int atomic_get(int *p) { return *p; }
void *w(void *x) { atomic_set(&g, 1); return 0; }
void *rd(void *x) { int v = atomic_get(&g); (void)v; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, rd, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
