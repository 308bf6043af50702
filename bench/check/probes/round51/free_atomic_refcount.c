/* TRUTH: free — refcount is manipulated with seq_cst atomics; only the thread that drops the last reference frees/reads the object after its own use, and all uses precede the decrements */
#include <pthread.h>
#include <stdlib.h>
struct obj { int refs; int payload; };
struct obj *shared;

static void put(struct obj *o)
{
  if (__atomic_sub_fetch(&o->refs, 1, __ATOMIC_ACQ_REL) == 0)
    free(o);
}

void *user(void *arg)
{
  struct obj *o = arg;
  int v = o->payload;
  put(o);
  return (void *)(long)v;
}

int main(void)
{
  pthread_t a, b;
  struct obj *o = malloc(sizeof *o);
  if (!o)
    return 0;
  o->refs = 2;
  o->payload = 7;
  shared = o;
  pthread_create(&a, 0, user, o);
  pthread_create(&b, 0, user, o);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
