/* TRUTH: free — double-checked init: instance published with release store, fast path acquire load; slow path under lock */
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
_Atomic(struct cfg *) instance;
pthread_mutex_t ilock = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  struct cfg *c = atomic_load_explicit(&instance, memory_order_acquire);
  if (!c) {
    pthread_mutex_lock(&ilock);
    c = atomic_load_explicit(&instance, memory_order_relaxed);
    if (!c) {
      c = malloc(sizeof *c);
      if (!c) abort();
      c->a = 1; c->b = 2;
      atomic_store_explicit(&instance, c, memory_order_release);
    }
    pthread_mutex_unlock(&ilock);
  }
  return c;
}
void *worker(void *arg) { struct cfg *c = get(); if (c->a + c->b != 3) reach_error(); return NULL; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
