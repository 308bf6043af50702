/* TRUTH: racy — reap only when argc > 2, but f spawned when argc < 5 (normal run argc=1) */
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
int main(int argc, char **argv) { struct thread *w = NULL; if (argc < 5) w = spawn(f, 0); if (w && argc > 2) reap(w); g = 1; return 0; }
