/* TRUTH: racy. Workers update x in atomic sections, main reads x plainly before joining. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
void *worker(void *arg) { __VERIFIER_atomic_begin(); x++; __VERIFIER_atomic_end(); return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, worker, NULL);
  int snapshot = x;
  pthread_join(a, NULL);
  return snapshot;
}
