/* TRUTH: free. Binary semaphore s starts at 1 (down = assume(s>0); s--), so at most
   one thread is between down() and up(). */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int s = 1;
int x;
void __VERIFIER_atomic_down(void) { assume_abort_if_not(s > 0); s = s - 1; }
void __VERIFIER_atomic_up(void) { s = s + 1; }
void *worker(void *arg) { __VERIFIER_atomic_down(); x = x + 1; __VERIFIER_atomic_up(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
