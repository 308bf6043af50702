/* TRUTH: free — last is recorded but only read; reap joins f */
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
static struct thread *last;
static struct thread *spawn2(void *(*fn)(void *)) { struct thread *t = malloc(sizeof *t); pthread_create(&t->id, 0, fn, 0); last = t; return t; }
int main(void) { struct thread *w = spawn2(f); pthread_t t2; pthread_create(&t2, 0, h, 0); t2 = last->id; reap(w); g = 1; return 0; }
