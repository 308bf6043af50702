/* TRUTH: free — B does not store into w; w holds f's thread, reaped before g */
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
static struct thread *w;
static void *A(void *a) { w = spawn(f, 0); return 0; }
static void *B(void *a) { (void)spawn(h, 0); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, A, 0); pthread_join(a, 0); pthread_create(&b, 0, B, 0); pthread_join(b, 0); reap(w); g = 1; return 0; }
