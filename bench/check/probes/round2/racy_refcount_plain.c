/* TRUTH: racy. Refcount decremented with a plain `--`: both threads write refs. */
#include <pthread.h>
#include <stdlib.h>
struct obj { int refs; int val; };
static void put(struct obj *o) { if (--o->refs == 0) free(o); }
void *user(void *arg) { struct obj *o = arg; int v = o->val; put(o); return (void *)(long)v; }
int main(void) {
  struct obj *o = malloc(sizeof *o);
  if (!o) return 1;
  o->refs = 2; o->val = 7;
  pthread_t x, y;
  pthread_create(&x, NULL, user, o);
  pthread_create(&y, NULL, user, o);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}
