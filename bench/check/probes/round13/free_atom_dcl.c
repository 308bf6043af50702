/* race-free: double-checked locking with an atomic pointer (acquire load, release store inside the mutex) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <assert.h>
struct cfg { int port; int verbose; };
_Atomic(struct cfg *) inst;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static struct cfg *get(void) {
  struct cfg *c = atomic_load_explicit(&inst, memory_order_acquire);
  if (!c) {
    pthread_mutex_lock(&m);
    c = atomic_load_explicit(&inst, memory_order_relaxed);
    if (!c) {
      c = malloc(sizeof *c);
      if (!c) abort();
      c->port = 80; c->verbose = 0;
      atomic_store_explicit(&inst, c, memory_order_release);
    }
    pthread_mutex_unlock(&m);
  }
  return c;
}
void *w(void *p) { (void)p; assert(get()->port == 80); return NULL; }
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return 0;
}
