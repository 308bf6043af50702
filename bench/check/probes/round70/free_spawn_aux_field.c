/* TRUTH: free — aux runs h (no g access); reap joins f in id */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id, aux; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static struct thread *spawn(void *(*fn)(void *)) {
  struct thread *t = malloc(sizeof *t);
  pthread_create(&t->id, 0, fn, 0);
  pthread_create(&t->aux, 0, h, 0);
  return t;
}
int main(void) { struct thread *w = spawn(f); reap(w); g = 1; return 0; }
