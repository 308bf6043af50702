/* TRUTH: racy — both write x when choice is 1 */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int choice, x;
void *t(void *a) { if (choice) x = 1; return 0; }
int main(void) {
  pthread_t h;
  if (__VERIFIER_nondet_int()) choice = 1;
  pthread_create(&h, 0, t, 0);
  if (choice) x = 2;
  pthread_join(h, 0);
  return 0;
}
