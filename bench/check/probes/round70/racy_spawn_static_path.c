/* TRUTH: racy — spawn returns the shared static object when arg is NULL; second spawn overwrites its id, reap(w1) joins h, f unjoined */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static struct thread shared;
static struct thread *spawn(void *(*fn)(void *), void *arg) {
  struct thread *t = arg ? malloc(sizeof *t) : &shared;
  pthread_create(&t->id, 0, fn, arg);
  return t;
}
static int x, y;
int main(void) { struct thread *w1 = spawn(f, 0); struct thread *w2 = spawn(h, 0); reap(w1); g = 1; (void)w2; return 0; }
