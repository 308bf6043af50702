/* TRUTH: free — thread a writes s.a, thread b writes s.b: distinct non-bitfield members are separate memory locations */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
struct pair { int a; int b; } s;
void *ta(void *arg) { for (int i = 0; i < 3; i++) s.a += i; return NULL; }
void *tb(void *arg) { for (int i = 0; i < 3; i++) s.b -= i; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, ta, NULL);
  pthread_create(&y, NULL, tb, NULL);
  pthread_join(x, NULL); pthread_join(y, NULL);
  if (s.a != 3 || s.b != -3) reach_error();
  return 0;
}
