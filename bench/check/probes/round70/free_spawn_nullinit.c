/* TRUTH: free — w is either NULL (no thread) or f's thread and is reaped when non-NULL */
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
int main(int argc, char **argv) { struct thread *w = NULL; if (argc < 5) w = spawn(f, 0); if (w) reap(w); g = 1; return 0; }
