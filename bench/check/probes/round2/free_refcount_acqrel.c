/* TRUTH: free. Shared object with an atomic (seq_cst) refcount; each thread reads
   obj->val then drops its ref; the one that drops the last ref frees it. The decrements
   are RMWs on one atomic (release sequence + acquire), so every read happens before free. */
#include <pthread.h>
#include <stdlib.h>
#include <stdatomic.h>
struct obj { atomic_int refs; int val; };
static void put(struct obj *o) { if (atomic_fetch_sub(&o->refs, 1) == 1) free(o); }
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
