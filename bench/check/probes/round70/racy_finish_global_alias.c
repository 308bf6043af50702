/* TRUTH: racy — global pointer gp = &a; retarget() stores h-handle via gp; finish(&a) joins h */
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
static struct worker a; static struct worker *gp = &a; static pthread_t t2;
static void retarget(void) { gp->t = t2; }
int main(void) { pthread_create(&a.t, 0, f, 0); pthread_create(&t2, 0, h, 0); retarget(); finish(&a); g = 1; return 0; }
