/* race-free: refcount with acq_rel fetch_sub; only the thread that drops the last reference writes/frees the object after others' reads */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct obj { atomic_int rc; int payload; };
int seen[2];
static void put(struct obj *o) {
  if (atomic_fetch_sub_explicit(&o->rc, 1, memory_order_acq_rel) == 1) { o->payload = -1; free(o); }
}
void *user(void *p) {
  struct obj **pp = p;
  struct obj *o = pp[0];
  long idx = (long)pp[1];
  seen[idx] = o->payload;
  put(o);
  return NULL;
}
int main(void) {
  struct obj *o = malloc(sizeof *o);
  if (!o) return 1;
  o->payload = 5;
  atomic_init(&o->rc, 2);
  void *a0[2] = { o, (void *)0L }, *a1[2] = { o, (void *)1L };
  pthread_t a, b;
  pthread_create(&a, NULL, user, a0);
  pthread_create(&b, NULL, user, a1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return seen[0] + seen[1];
}
