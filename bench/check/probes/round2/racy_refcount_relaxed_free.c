/* TRUTH: racy. Relaxed decrements: the thread that frees has no happens-before with the
   other thread's earlier read of o->val (free writes the object). */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
struct obj { atomic_int refs; int val; };
static void put(struct obj *o) { if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_relaxed) == 1) free(o); }
void *user(void *arg) { struct obj *o = arg; int v = o->val; put(o); return (void *)(long)v; }
int main(void) {
  struct obj *o = malloc(sizeof *o);
  if (!o) return 1;
  atomic_init(&o->refs, 2);
  o->val = 7;
  pthread_t x, y;
  pthread_create(&x, NULL, user, o);
  pthread_create(&y, NULL, user, o);
  pthread_join(x, NULL); pthread_join(y, NULL);
  return 0;
}
