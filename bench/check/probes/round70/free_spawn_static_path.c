/* TRUTH: free — arg non-NULL so spawn mallocs distinct objects; reap(w1) joins f */
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
int main(void) { struct thread *w1 = spawn(f, &x); struct thread *w2 = spawn(h, &y); reap(w1); g = 1; (void)w2; return 0; }
