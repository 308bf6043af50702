/* TRUTH: free — the record is fully written before an atomic release store of the global pointer; the consumer dereferences only a pointer it obtained with an acquire load */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
extern void abort(void);
void reach_error(void) { abort(); }
struct rec { int id; int vals[4]; };
_Atomic(struct rec *) published;

void *producer(void *arg)
{
  struct rec *r = malloc(sizeof *r);
  if (!r)
    return NULL;
  r->id = 9;
  for (int i = 0; i < 4; i++)
    r->vals[i] = i;
  atomic_store_explicit(&published, r, memory_order_release);
  return NULL;
}

void *consumer(void *arg)
{
  struct rec *r;
  for (int tries = 0; tries < 100; tries++) {
    r = atomic_load_explicit(&published, memory_order_acquire);
    if (r) {
      if (r->id != 9 || r->vals[3] != 3)
        reach_error();
      return NULL;
    }
  }
  return NULL;
}

int main(void)
{
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(c, 0);
  pthread_join(p, 0);
  free(atomic_load(&published));
  return 0;
}
