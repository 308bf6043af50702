/* TRUTH: racy — DCL publishes the pointer with a RELAXED store (line 12) and the fast path loads relaxed (line 8): reads of p->a (line 16) race with init writes (line 12) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct cfg { int a, b; };
static struct cfg *_Atomic inst; static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void){
  struct cfg *p = atomic_load_explicit(&inst, memory_order_relaxed);
  if (!p) {
    pthread_mutex_lock(&m);
    p = atomic_load_explicit(&inst, memory_order_relaxed);
    if (!p) { p = malloc(sizeof *p); p->a = 1; p->b = 2; atomic_store_explicit(&inst, p, memory_order_relaxed); }
    pthread_mutex_unlock(&m);
  }
  return p; }
void *w(void *x){ struct cfg *c = get(); return (void*)(long)(c->a + c->b); }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,w,0); pthread_create(&t2,0,w,0); pthread_join(t1,0); pthread_join(t2,0); return 0; }
