/* TRUTH: free — inner thread reaped before outer created; outer reaped by main */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static struct thread *spawn_n(void *(*fn)(void *), int n) {
  if (n > 0) reap(spawn_n(fn, n - 1));
  struct thread *t = malloc(sizeof *t);
  pthread_create(&t->id, 0, fn, 0);
  return t;
}
int main(void) { struct thread *w = spawn_n(f, 1); reap(w); g = 1; return 0; }
