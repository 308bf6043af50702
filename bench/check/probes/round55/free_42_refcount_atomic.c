/* TRUTH: free — refcount decremented atomically; only the thread that drops it to 0 frees/reads obj->data; data immutable after create */
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
struct obj { atomic_int ref; int data; };
void *user(void *arg) {
  struct obj *o = arg;
  int d = o->data;
  if (atomic_fetch_sub(&o->ref, 1) == 1) { free(o); }
  if (d != 9) reach_error();
  return NULL;
}
int main(void) {
  struct obj *o = malloc(sizeof *o);
  if (!o) return 0;
  atomic_init(&o->ref, 3);
  o->data = 9;
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, user, o);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
