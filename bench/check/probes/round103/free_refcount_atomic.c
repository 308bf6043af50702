/* TRUTH: free — users read o->val then atomic_fetch_sub the refcount; only the last (acq_rel RMW chain) writes o->val and frees */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct obj { atomic_int refs; int val; };

void *user(void *arg) {
  struct obj *o = arg;
  int v = o->val;
  if (atomic_fetch_sub(&o->refs, 1) == 1) {
    o->val = -1;
    free(o);
  }
  return (void *)(long)v;
}

int main(void) {
  pthread_t a, b;
  struct obj *o = malloc(sizeof *o);
  if (!o) return 1;
  atomic_init(&o->refs, 2);
  o->val = 11;
  pthread_create(&a, 0, user, o);
  pthread_create(&b, 0, user, o);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
