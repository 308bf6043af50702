/* TRUTH: racy — refcount is decremented with plain '--' by two threads concurrently */
#include <pthread.h>
#include <stdlib.h>

struct obj { int refs; int val; };
struct obj *shared_obj;

void put(struct obj *o) {
  o->refs--;
  if (o->refs == 0) free(o);
}

void *user(void *arg) {
  struct obj *o = arg;
  put(o);
  return 0;
}

int main(void) {
  pthread_t a, b;
  shared_obj = malloc(sizeof *shared_obj);
  shared_obj->refs = 2;
  shared_obj->val = 1;
  pthread_create(&a, 0, user, shared_obj);
  pthread_create(&b, 0, user, shared_obj);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
