/* TRUTH: free — main holds m across create and x = 2; t spins on trylock before writing */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) { while (pthread_mutex_trylock(&m) != 0) { } pthread_mutex_unlock(&m); x = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_mutex_lock(&m);
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_mutex_unlock(&m);
  pthread_join(h, 0);
  return 0;
}
