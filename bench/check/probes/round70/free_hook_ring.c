/* TRUTH: free — ring of 4 slots, 3 spawns get distinct slots; reap(w1) joins f */
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
static struct thread ring[4]; static int ri;
static void *ring_alloc(size_t n) { return &ring[ri++ % 4]; }
int main(void) { set_alloc(ring_alloc); struct thread *w1 = spawn(f, 0), *w2 = spawn(h, 0), *w3 = spawn(h, 0); reap(w1); g = 1; (void)w2; (void)w3; return 0; }
