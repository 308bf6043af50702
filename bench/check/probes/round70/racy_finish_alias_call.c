/* TRUTH: racy — set_t(&a, t2) overwrites a.t with h; finish joins h */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
struct thread { pthread_t id; };
static struct thread *spawn(void *(*fn)(void *), void *arg) {
  struct thread *t = malloc(sizeof *t);
  pthread_create(&t->id, 0, fn, arg);
  return t;
}
static void reap(struct thread *t) { pthread_join(t->id, 0); free(t); }
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct worker { pthread_t t; };
static void finish(struct worker *w) { pthread_join(w->t, 0); }
static void set_t(struct worker *w, pthread_t x) { w->t = x; }
int main(void) { struct worker a; pthread_create(&a.t, 0, f, 0); pthread_t t2; pthread_create(&t2, 0, h, 0);
  set_t(&a, t2); finish(&a); g = 1; return 0; }
