/* TRUTH: racy — pool_alloc returns the same pool each call; second spawn overwrites w1->id with h, reap(w1) joins h, f unjoined */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static void *(*my_alloc)(size_t) = malloc;
static void set_alloc(void *(*fn)(size_t)) { my_alloc = fn; }
static struct thread *spawn(void *(*fn)(void *), void *arg) {
  struct thread *t = my_alloc(sizeof *t);
  pthread_create(&t->id, 0, fn, arg);
  return t;
}
static char pool[64];
static void *pool_alloc(size_t n) { return pool; }
int main(void) { set_alloc(pool_alloc); struct thread *w1 = spawn(f, 0); struct thread *w2 = spawn(h, 0); reap(w1); g = 1; (void)w2; return 0; }
