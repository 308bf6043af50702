/* TRUTH: free — double-checked init with an atomic pointer: acquire fast-path load, release store under the mutex */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct cfg { int level; };
_Atomic(struct cfg *) inst;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

struct cfg *get(void) {
  struct cfg *p = atomic_load_explicit(&inst, memory_order_acquire);
  if (!p) {
    pthread_mutex_lock(&m);
    p = atomic_load_explicit(&inst, memory_order_relaxed);
    if (!p) {
      p = malloc(sizeof *p);
      p->level = 3;
      atomic_store_explicit(&inst, p, memory_order_release);
    }
    pthread_mutex_unlock(&m);
  }
  return p;
}

void *user(void *arg) {
  struct cfg *c = get();
  return (void *)(long)c->level;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
