/* TRUTH: racy — withdraw writes acc->balance without acc->lock while deposit writes it under the lock */
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
  pthread_mutex_lock(&acc->lock);
  acc->balance += 5;
  pthread_mutex_unlock(&acc->lock);
  return NULL;
}
void *withdraw(void *arg) {
  struct account *acc = arg;
  if (acc->balance >= 3) acc->balance -= 3;
  return NULL;
}
int main(void) {
  struct account *acc = malloc(sizeof *acc);
  if (!acc) return 0;
  pthread_mutex_init(&acc->lock, NULL);
  acc->balance = 0;
  pthread_t a, b;
  pthread_create(&a, NULL, deposit, acc);
  pthread_create(&b, NULL, withdraw, acc);
  pthread_join(a, NULL); pthread_join(b, NULL);
  free(acc);
  return 0;
}
