/* TRUTH: free — thread A spawns and reaps f; main joins A before writing g */
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
static void *A(void *a) { struct thread *w = spawn(f, 0); reap(w); return 0; }
int main(void) { pthread_t a; pthread_create(&a, 0, A, 0); pthread_join(a, 0); g = 1; return 0; }
