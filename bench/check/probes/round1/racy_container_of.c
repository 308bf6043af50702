/* TRUTH: racy. The worker gets &obj.link and recovers the enclosing object with
   container_of, then writes obj.refs; main writes obj.refs concurrently. */
#include <pthread.h>
#include <stddef.h>
#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))
struct link { struct link *next; };
struct obj { int refs; int pad; struct link link; };
struct obj O;
void *worker(void *arg) {
  struct obj *o = container_of((struct link *)arg, struct obj, link);
  o->refs++;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, &O.link);
  O.refs++;
  pthread_join(t, NULL);
  return O.refs;
}
