/* TRUTH: free — verifier-style lock: __VERIFIER_atomic_acquire assumes lock==0 and sets it, release clears it (both atomic); 'data' only between them */
#include <pthread.h>
extern void abort(void);
void assume_abort_if_not(int cond) { if (!cond) abort(); }
void reach_error(void) { abort(); }

int lock;
int data;

void __VERIFIER_atomic_acquire(void) {
  assume_abort_if_not(lock == 0);
  lock = 1;
}
void __VERIFIER_atomic_release(void) { lock = 0; }

void *thr(void *arg) {
  __VERIFIER_atomic_acquire();
  data = data + 1;
  if (data > 2) reach_error();
  __VERIFIER_atomic_release();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, thr, 0);
  pthread_create(&b, 0, thr, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return data;
}
