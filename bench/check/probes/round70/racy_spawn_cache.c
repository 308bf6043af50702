/* TRUTH: racy — second spawn reuses cached object (same as w1) and overwrites id; reap(w1) joins h, f unjoined */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static struct thread *cache;
static struct thread *spawn(void *(*fn)(void *), void *arg, int reuse) {
  if (reuse && cache) { pthread_create(&cache->id, 0, fn, arg); return cache; }
  struct thread *t = malloc(sizeof *t);
  pthread_create(&t->id, 0, fn, arg);
  cache = t;
  return t;
}
int main(void) { struct thread *w1 = spawn(f, 0, 1); struct thread *w2 = spawn(h, 0, 1); reap(w1); g = 1; (void)w2; return 0; }
