/* TRUTH: racy — my_alloc assigned one_buf directly (same buffer); reap(w1) joins h */
#include <pthread.h>
#include <stdlib.h>
int g;
static void *f(void *a) { g++; return 0; }
static void *h(void *a) { return 0; }
struct thread { pthread_t id; };
static void reap(struct thread *t) { pthread_join(t->id, 0); }
static void *(*my_alloc)(size_t) = malloc;
static struct thread buf;
static void *one_buf(size_t n) { return &buf; }
static struct thread *spawn(void *(*fn)(void *), void *arg) {
  struct thread *t = my_alloc(sizeof *t);
  pthread_create(&t->id, 0, fn, arg);
  return t;
}
int main(void) { my_alloc = one_buf; struct thread *w1 = spawn(f, 0); struct thread *w2 = spawn(h, 0); reap(w1); g = 1; (void)w2; return 0; }
