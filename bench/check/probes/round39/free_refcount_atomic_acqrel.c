/* TRUTH: free — atomic reference count with acq_rel fetch_sub: each user's read of o->payload precedes its release decrement, the last decrementer (acquire half, release sequence of the RMWs) frees after all of them. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
struct obj {
  atomic_int refs;
  int payload;
};
static void put(struct obj *o) {
  if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1) free(o);
}
static void *user(void *arg) {
  struct obj *o = arg;
  if (o->payload != 42) reach_error();
  put(o);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  struct obj *o = malloc(sizeof *o);
  if (!o) return 1;
  atomic_init(&o->refs, 2);
  o->payload = 42;
  pthread_create(&a, NULL, user, o);
  pthread_create(&b, NULL, user, o);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
