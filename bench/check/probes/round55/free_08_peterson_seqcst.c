/* TRUTH: free — correct Peterson lock with seq_cst atomic flag/turn protecting plain cs variable */
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
atomic_int flag0, flag1, turn;
int cs;
void *t0(void *arg) {
  atomic_store(&flag0, 1);
  atomic_store(&turn, 1);
  while (atomic_load(&flag1) && atomic_load(&turn) == 1) ;
  cs = 0; if (cs != 0) reach_error();
  atomic_store(&flag0, 0);
  return NULL;
}
void *t1(void *arg) {
  atomic_store(&flag1, 1);
  atomic_store(&turn, 0);
  while (atomic_load(&flag0) && atomic_load(&turn) == 0) ;
  cs = 1; if (cs != 1) reach_error();
  atomic_store(&flag1, 0);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t0, NULL);
  pthread_create(&b, NULL, t1, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
