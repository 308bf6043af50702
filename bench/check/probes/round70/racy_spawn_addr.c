/* TRUTH: racy — set(&w) replaces w with h's thread; f unjoined */
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
static void set(struct thread **pw) { *pw = spawn(h, 0); }
int main(void) { struct thread *w = spawn(f, 0); set(&w); reap(w); g = 1; return 0; }
