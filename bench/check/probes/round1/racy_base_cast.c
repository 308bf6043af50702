/* TRUTH: racy. struct derived begins with struct base; the worker writes
   ((struct base *)&D)->kind, which is D.b.kind, also written by main. */
#include <pthread.h>
struct base { int kind; };
struct derived { struct base b; int extra; };
struct derived D;
static void set_kind(struct base *b, int k) { b->kind = k; }
void *worker(void *arg) { set_kind((struct base *)arg, 2); return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, &D);
  D.b.kind = 1;
  pthread_join(t, NULL);
  return D.b.kind;
}
