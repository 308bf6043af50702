/* TRUTH: free — after swap b holds f's thread; reap(b) before g */
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
int main(void) { struct thread *a = spawn(f, 0), *b = spawn(h, 0), *tmp; tmp = a; a = b; b = tmp;
  reap(b); g = 1; reap(a); return 0; }
