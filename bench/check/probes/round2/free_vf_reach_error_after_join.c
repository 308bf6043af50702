/* TRUTH: free. Increments are inside atomic sections; main checks after joins and calls
   reach_error (never returns) on failure. */
#include <pthread.h>
#include <assert.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void reach_error(void) { assert(0); }
int x;
void *worker(void *arg) { __VERIFIER_atomic_begin(); int t = x; x = t + 1; __VERIFIER_atomic_end(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (x != 2) { reach_error(); }
  return 0;
}
