/* TRUTH: racy — only the last spawned thread is reaped; earlier f threads race on g */
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
int main(void) { struct thread *w; for (int i = 0; i < 3; i++) { w = spawn(f, 0); } reap(w); g = 1; return 0; }
