/* TRUTH: free — obj->value only read by users; refcount is atomic (acq_rel), the last decrementer alone frees */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_40_refcount_atomic.c", 6, "reach_error"); }
struct obj { atomic_int refs; int value; };

static void put_obj(struct obj *o) {
  if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1)
    free(o);
}

void *user(void *arg) {
  struct obj *o = arg;
  if (o->value != 8) reach_error();
  put_obj(o);
  return NULL;
}

int main(void) {
  struct obj *o = malloc(sizeof *o);
  if (!o) return 0;
  o->value = 8;
  atomic_init(&o->refs, 3);
  pthread_t a, b;
  pthread_create(&a, NULL, user, o);
  pthread_create(&b, NULL, user, o);
  put_obj(o);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
