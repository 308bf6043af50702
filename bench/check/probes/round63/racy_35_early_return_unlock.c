/* TRUTH: racy — on the fast path (nondet nonzero) a worker does misses++ without the lock; two workers running it race on misses */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int misses;
static void *probe(void *p) {
  (void)p;
  if (__VERIFIER_nondet_int()) { misses++; return 0; }
  pthread_mutex_lock(&m); misses++; pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, probe, 0); pthread_create(&b, 0, probe, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return misses;
}
