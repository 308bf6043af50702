/* TRUTH: racy — double-checked init with a plain pointer: unlocked first check reads instance while another thread writes it under the lock */
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
struct cfg { int a, b; };
struct cfg *instance;
pthread_mutex_t ilock = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  if (!instance) {
    pthread_mutex_lock(&ilock);
    if (!instance) {
      struct cfg *c = malloc(sizeof *c);
      if (!c) abort();
      c->a = 1; c->b = 2;
      instance = c;
    }
    pthread_mutex_unlock(&ilock);
  }
  return instance;
}
void *worker(void *arg) { struct cfg *c = get(); if (c->a != 1) reach_error(); return NULL; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
