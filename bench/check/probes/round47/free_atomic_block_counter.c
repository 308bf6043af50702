/* TRUTH: free — x is only accessed inside __VERIFIER_atomic_begin/end blocks in both threads, and by main after join */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void abort(void);
void reach_error(void) { abort(); }

int x = 0;

void *inc(void *arg) {
  __VERIFIER_atomic_begin();
  x++;
  __VERIFIER_atomic_end();
  return 0;
}

void *dec(void *arg) {
  __VERIFIER_atomic_begin();
  x--;
  __VERIFIER_atomic_end();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, inc, 0);
  pthread_create(&b, 0, dec, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (x != 0) reach_error();
  return 0;
}
