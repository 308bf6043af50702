/* TRUTH: free — release/acquire fences with relaxed flag order x = 1 before x = 2 */
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
sem_t s;
atomic_int f;
void *ta(void *p) { x = 1; atomic_thread_fence(memory_order_release); atomic_store_explicit(&f, 1, memory_order_relaxed); return 0; }
void *tb(void *p) { do { } while (!atomic_load_explicit(&f, memory_order_relaxed)); atomic_thread_fence(memory_order_acquire); x = 2; return 0; }
int main(void) {
  pthread_t ha, hb;
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
