/* TRUTH: racy — the decrement `--o->refs` is done before taking the object's lock, so the two users' read-modify-writes of o->refs race. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
struct obj {
  pthread_mutex_t lock;
  int refs;
  int payload;
};
static void put(struct obj *o) {
  int last = --o->refs == 0;
  pthread_mutex_lock(&o->lock);
  pthread_mutex_unlock(&o->lock);
  if (last) free(o);
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
  pthread_mutex_init(&o->lock, NULL);
  o->refs = 2;
  o->payload = 42;
  pthread_create(&a, NULL, user, o);
  pthread_create(&b, NULL, user, o);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
