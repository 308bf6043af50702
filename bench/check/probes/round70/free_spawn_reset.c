/* TRUTH: free — reap before reset */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
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
static struct thread *w;
static void reset(void) { w = 0; }
int main(void) { w = spawn(f, 0); if (w) reap(w); reset(); g = 1; return 0; }
