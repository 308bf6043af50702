/* TRUTH: free — malloc'd account shared by threads; balance always accessed under acc->lock; init before create */
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
struct account { pthread_mutex_t lock; int balance; };
void *deposit(void *arg) {
  struct account *acc = arg;
  int amt = __VERIFIER_nondet_int();
  assume_abort_if_not(amt >= 0 && amt < 10);
  pthread_mutex_lock(&acc->lock);
  acc->balance += amt;
  pthread_mutex_unlock(&acc->lock);
  return NULL;
}
int main(void) {
  struct account *acc = malloc(sizeof *acc);
  if (!acc) return 0;
  pthread_mutex_init(&acc->lock, NULL);
  acc->balance = 0;
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, deposit, acc);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  if (acc->balance < 0) reach_error();
  free(acc);
  return 0;
}
