/* TRUTH: racy — a helper thread k stores h-handle through copy c; main joins k, then reap(w) joins h; f unjoined */
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
static struct thread *c; static pthread_t t2;
static void *k(void *a) { c->id = t2; return 0; }
int main(void) { struct thread *w = spawn(f, 0); c = w; pthread_create(&t2, 0, h, 0); pthread_t kk; pthread_create(&kk, 0, k, 0); pthread_join(kk, 0); reap(w); g = 1; return 0; }
