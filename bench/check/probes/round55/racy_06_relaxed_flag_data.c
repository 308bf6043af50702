/* TRUTH: racy — flag uses relaxed ordering, so the plain write of payload does not happen-before the reader's plain read */
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
int payload;
atomic_int ready;
void *writer(void *arg) {
  payload = 123;
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}
void *reader(void *arg) {
  while (!atomic_load_explicit(&ready, memory_order_relaxed)) ;
  if (payload != 123) reach_error();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, writer, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
