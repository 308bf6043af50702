/* TRUTH: free — r points at reap which joins f */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static struct thread *spawn(void *(*fn)(void *), void *arg) {
  struct thread *t = malloc(sizeof *t);
  pthread_create(&t->id, 0, fn, arg);
  return t;
}
static void noreap(struct thread *t) { (void)t; }
int main(void) { void (*r)(struct thread *) = reap; struct thread *w = spawn(f, 0); r(w); g = 1; return 0; }
