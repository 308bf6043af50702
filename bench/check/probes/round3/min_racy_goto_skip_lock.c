/* TRUTH: racy. Minimal: a goto jumps past the lock to the label; at `work:` m may not be
   held, yet weft merges only the fall-through state (m held). Thread 1 may take the lock
   path while thread 2 takes the goto path: both write g, only one holds m. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  if (__VERIFIER_nondet_int()) goto work;
  pthread_mutex_lock(&m);
work:
  g++;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
