/* TRUTH: free — spawn2 returns spawn's result; reap joins f */
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
static struct thread *spawn2(void *(*fn)(void *)) { return spawn(fn, 0); }
int main(void) { struct thread *w = spawn2(f); reap(w); g = 1; return 0; }
