/* racy: fast-path load of inst is relaxed, so a thread seeing the pointer may read c->port unordered with its initialization */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct cfg { int port; int verbose; };
_Atomic(struct cfg *) inst;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int seen[3];
static struct cfg *get(void) {
  struct cfg *c = atomic_load_explicit(&inst, memory_order_relaxed);
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
void *w(void *p) { seen[(long)p] = get()->port; return NULL; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  return seen[0];
}
