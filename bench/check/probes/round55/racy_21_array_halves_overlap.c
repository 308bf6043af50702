/* TRUTH: racy — off-by-one: first range is [0, N/2] inclusive so both threads write a[N/2] */
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
#define N 8
int a[N];
struct range { int lo, hi; };
void *fill(void *arg) {
  struct range *r = arg;
  for (int i = r->lo; i <= r->hi; i++) a[i] = i;
  return NULL;
}
int main(void) {
  struct range r0 = {0, N / 2}, r1 = {N / 2, N - 1};
  pthread_t t0, t1;
  pthread_create(&t0, NULL, fill, &r0);
  pthread_create(&t1, NULL, fill, &r1);
  pthread_join(t0, NULL); pthread_join(t1, NULL);
  return 0;
}
