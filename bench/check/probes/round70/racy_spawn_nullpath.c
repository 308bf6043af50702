/* TRUTH: racy — with arg NULL spawn creates fn into a local handle and returns NULL; reap is skipped, f unjoined */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static struct thread *spawn(void *(*fn)(void *), void *arg) {
  if (!arg) { pthread_t x; pthread_create(&x, 0, fn, arg); return NULL; }
  struct thread *t = malloc(sizeof *t);
  pthread_create(&t->id, 0, fn, arg);
  return t;
}
static int d;
int main(void) { struct thread *w = spawn(f, 0); if (w) reap(w); g = 1; return 0; }
