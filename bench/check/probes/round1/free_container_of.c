/* TRUTH: free. Same container_of walk, but the worker writes `refs` and main writes
   only `pad`, a different field (different memory location). */
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
  O.pad = 3;
  pthread_join(t, NULL);
  return O.refs;
}
